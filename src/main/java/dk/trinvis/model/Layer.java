package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One part of a rule set loaded in layers: the base (e.g. the bundled national set) or a
 * municipality's layer on it ({@code kind: Layer}). A rule set read from one plain folder has one.
 *
 * @param name         the folder's name, or {@code bundled} for the rule set in the Trinvis jar
 * @param municipality the code of the one municipality the layer may touch, or null
 * @param base         the layer's base as its {@code kind: Layer} names it ({@code bundled} or a
 *                     relative path), or null for a part that is no layer
 * @param contentHash  SHA-256 over this part's files' paths and bytes, in hex
 * @param release      the id of the release the part was loaded from ({@code trinvis release}), or null
 */
@NullMarked
public record Layer(String name, @Nullable String municipality, @Nullable String base, String contentHash,
                    @Nullable String release) {
}
