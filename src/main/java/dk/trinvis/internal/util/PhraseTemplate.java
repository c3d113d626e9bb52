package dk.trinvis.internal.util;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A phrase cut once into its text and its slots ({@code {0}}, {@code {1:word}}), found as
 * {@link PhraseBook} reads a phrase character by character: so filling it joins the pieces instead
 * of searching the phrase for braces and colons on every sentence, as a decision's explanation does
 * for each offer and ground it reads. When a slot has no argument the phrase is read the slow way,
 * which prints such slots as written; a test holds both ways together on every phrase of every book.
 */
final class PhraseTemplate {
    private final String pattern;
    /** The text before each slot, and after the last: one more than there are slots. */
    private final String[] texts;
    private final int[] slots;
    /** For each slot, {@code word.} when it is written {@code {n:word}}, else null. */
    private final @Nullable String[] words;
    private final int highestSlot;
    private final int textLength;

    private PhraseTemplate(String pattern, String[] texts, int[] slots, @Nullable String[] words) {
        this.pattern = pattern;
        this.texts = texts;
        this.slots = slots;
        this.words = words;
        int highest = -1;
        for (int s : slots) {
            highest = Math.max(highest, s);
        }
        this.highestSlot = highest;
        int length = 0;
        for (String t : texts) {
            length += t.length();
        }
        this.textLength = length;
    }

    /** Cuts the phrase as {@link PhraseBook#fill} reads it when every slot has its argument. */
    static PhraseTemplate of(String pattern) {
        List<String> texts = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            int colon = close > 0 ? pattern.indexOf(':', i) : -1;
            int digitsEnd = colon > i && colon < close ? colon : close;
            int slot = close > i + 1 ? PhraseBook.slot(pattern, i + 1, digitsEnd) : -1;
            if (slot >= 0) {
                texts.add(text.toString());
                text.setLength(0);
                slots.add(slot);
                words.add(digitsEnd < close ? pattern.substring(digitsEnd + 1, close) + "." : null);
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        texts.add(text.toString());
        return new PhraseTemplate(pattern, texts.toArray(String[]::new),
                slots.stream().mapToInt(Integer::intValue).toArray(), words.toArray(String[]::new));
    }

    /** The phrase with its slots filled from the book's arguments; word slots looked up when asked. */
    String fill(PhraseBook book, @Nullable Object[] args, boolean lookUpWords) {
        if (slots.length == 0) {
            return pattern;
        }
        if (highestSlot >= args.length) {
            return book.fill(pattern, args, lookUpWords);
        }
        StringBuilder out = new StringBuilder(textLength + 16 * slots.length);
        for (int s = 0; s < slots.length; s++) {
            out.append(texts[s]);
            String value = String.valueOf(args[slots[s]]);
            String word = words[s];
            if (word != null && lookUpWords) {
                String said = book.word(word, value, args);
                if (said != null) {
                    value = said;
                }
            }
            out.append(value);
        }
        return out.append(texts[slots.length]).toString();
    }
}
