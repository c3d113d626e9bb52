package dk.trinvis.internal.compiled;

import dk.trinvis.model.Layer;
import dk.trinvis.model.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts a rule set was loaded from, base first, and which part each file belongs to. A part
 * is "own" when it was asked for (the folder given, or a layer stacked on purpose); the base a
 * layer names is loaded to work on, but its lint warnings and tests belong to the base.
 *
 * @param parts  the parts, base first
 * @param ofFile the index in {@code parts} of each file, by its path as locations print it
 */
public record Layers(List<Part> parts, Map<String, Integer> ofFile) {
    /** Copies the collections so the record stays immutable. */
    public Layers {
        parts = List.copyOf(parts);
        ofFile = Map.copyOf(ofFile);
    }

    /**
     * One part.
     *
     * @param layer  what receipts say of it
     * @param prefix what its files' paths start with in locations: empty for the folder given,
     *               {@code bundled:} for the bundled set, else the path from the folder given
     * @param own    whether its warnings and tests are reported
     * @param folder the folder it was read from, or null for the bundled set
     */
    public record Part(Layer layer, String prefix, boolean own, @Nullable Path folder) {
    }

    /** The index of the part a location lies in, or -1 for a place in no file read (e.g. "the folder"). */
    public int indexOf(Location at) {
        return ofFile.getOrDefault(at.file(), -1);
    }

    /** Whether what is at the location was asked for: its warnings and tests are reported. */
    public boolean own(Location at) {
        int i = indexOf(at);
        return i < 0 || parts.get(i).own();
    }

    /** Whether the rule set is more than one folder. */
    public boolean layered() {
        return parts.size() > 1;
    }

    /** The folders read from disk, base first: what a watcher must watch. */
    public List<Path> folders() {
        return parts.stream().map(Part::folder).filter(java.util.Objects::nonNull).toList();
    }

    /** The public description of every part, base first. */
    public List<Layer> layers() {
        return parts.stream().map(Part::layer).toList();
    }
}

