package dk.trinvis.internal.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Location;
import dk.trinvis.internal.util.DeferredList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where the phases of a decision say what each rule came to. A decision without explanation
 * uses {@link #NONE}, which builds no sentence at all: sentences are most of a decision's cost.
 */
interface Trace {
    /** The trace of a decision that explains nothing. */
    Trace NONE = new Trace() {
        @Override
        public boolean on() {
            return false;
        }

        @Override
        public void add(String kind, String id, Location at, @Nullable Legal legal, Outcome outcome, Supplier<String> text) {
            // Nothing is explained, so nothing is kept.
        }

        @Override
        public void add(Decision.TraceEntry prepared) {
            // Nothing is explained, so nothing is kept.
        }

        @Override
        public List<Decision.TraceEntry> entries() {
            return List.of();
        }
    };

    /**
     * A trace that keeps every entry. Entries whose sentence depends on the request are made when
     * the trace is first read (written as JSON, shown, compared), not while deciding.
     */
    static Trace recording(int expected) {
        // Sized for the rules the service can touch, so the list is not regrown as phases add to it.
        DeferredList.Builder<Decision.TraceEntry> entries = new DeferredList.Builder<>(expected);
        return new Trace() {
            @Override
            public boolean on() {
                return true;
            }

            @Override
            public void add(String kind, String id, Location at, @Nullable Legal legal, Outcome outcome, Supplier<String> text) {
                entries.defer(new Later(kind, id, at, legal, outcome, text));
            }

            @Override
            public void add(Decision.TraceEntry prepared) {
                entries.add(prepared);
            }

            @Override
            public List<Decision.TraceEntry> entries() {
                return entries.build();
            }
        };
    }

    /** An entry made when first read, with what it is made of: one object per deferred entry. */
    final class Later extends DeferredList.Deferred<Decision.TraceEntry> {
        private final String kind;
        private final String id;
        private final Location at;
        private final @Nullable Legal legal;
        private final Outcome outcome;
        private final Supplier<String> text;

        Later(String kind, String id, Location at, @Nullable Legal legal, Outcome outcome, Supplier<String> text) {
            this.kind = kind;
            this.id = id;
            this.at = at;
            this.legal = legal;
            this.outcome = outcome;
            this.text = text;
        }

        @Override
        protected Decision.TraceEntry make() {
            return new Decision.TraceEntry(kind + ":" + id, at.file() + ":" + at.line(), legal, outcome, text.get());
        }
    }

    /** Whether entries are kept, so phases skip work only the explanation needs. */
    boolean on();

    /** Records what came of one rule; the sentence is built only when the trace is kept. */
    void add(String kind, String id, Location at, @Nullable Legal legal, Outcome outcome, Supplier<String> text);

    /** Records an entry prepared at load: most rules say the same for every request. */
    void add(Decision.TraceEntry prepared);

    /** The entries in the order they were added. */
    List<Decision.TraceEntry> entries();
}
