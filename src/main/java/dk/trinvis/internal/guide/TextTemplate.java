package dk.trinvis.internal.guide;

import dk.trinvis.internal.util.Interpolation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * A guide text cut at its {@code {{...}}} placeholders once, so filling it in for a request
 * concatenates instead of running the placeholder pattern over the text again.
 */
final class TextTemplate {
    private final String[] literals;
    private final String[] names;
    /** Each placeholder as written, kept where its name is unknown. */
    private final String[] raw;
    private final int literalLength;

    private TextTemplate(List<String> literals, List<String> names, List<String> raw) {
        this.literals = literals.toArray(String[]::new);
        this.names = names.toArray(String[]::new);
        this.raw = raw.toArray(String[]::new);
        this.literalLength = literals.stream().mapToInt(String::length).sum();
    }

    /** The text cut at its placeholders, as {@link Interpolation#PLACEHOLDER} finds them. */
    static TextTemplate of(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        Matcher m = Interpolation.PLACEHOLDER.matcher(text);
        int from = 0;
        while (m.find()) {
            literals.add(text.substring(from, m.start()));
            names.add(m.group(1));
            raw.add(m.group());
            from = m.end();
        }
        literals.add(text.substring(from));
        return new TextTemplate(literals, names, raw);
    }

    /**
     * The text with each placeholder replaced by its value, or by itself when {@code values} knows
     * no value (the loader reports unknown names; rendering must not fail); each replacement
     * Markdown-escaped when {@code markdown}.
     */
    String fill(Function<String, String> values, boolean markdown) {
        StringBuilder out = new StringBuilder(literalLength + 16 * names.length);
        for (int i = 0; i < names.length; i++) {
            String value = values.apply(names[i]);
            if (value == null) {
                value = raw[i];
            }
            out.append(literals[i]).append(markdown ? Interpolation.markdownLiteral(value) : value);
        }
        return out.append(literals[names.length]).toString();
    }
}
