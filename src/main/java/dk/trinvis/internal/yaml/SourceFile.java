package dk.trinvis.internal.yaml;

/**
 * One rule-set file as read: its path relative to the rule-set folder and its bytes.
 *
 * @param path  relative path with {@code /} separators
 * @param bytes the file's content
 */
public record SourceFile(String path, byte[] bytes) {
}
