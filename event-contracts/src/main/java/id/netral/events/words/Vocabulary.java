package id.netral.events.words;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words for one kind of code, in a fixed order (the order people meet them in, which is the order a form offers
 * them in), with the phrase used for a code that a newer Netral may send and this one does not know yet: a reader
 * sees a neutral phrase, never the code.
 */
public final class Vocabulary {
    private final Map<String, String> words;
    private final String unknown;

    private Vocabulary(Map<String, String> words, String unknown) {
        this.words = Collections.unmodifiableMap(words);
        this.unknown = unknown;
    }

    /** Pairs of code and words, in order, e.g. {@code of("lainnya", "EMAIL", "surel", "WEBHOOK", "...")}. */
    static Vocabulary of(String unknown, String... codesAndWords) {
        if (codesAndWords.length % 2 != 0) {
            throw new IllegalArgumentException("codes and words come in pairs");
        }
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWords.length; i += 2) {
            words.put(codesAndWords[i], codesAndWords[i + 1]);
        }
        return new Vocabulary(words, unknown);
    }

    /** The words for a code; the unknown-code phrase for a code not listed; empty for none. */
    public String of(String code) {
        if (code == null) {
            return "";
        }
        return words.getOrDefault(code, unknown);
    }

    /** The words for a code, its first letter capitalised, as a label or the start of a sentence reads it. */
    public String capitalised(String code) {
        String words = of(code);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public boolean knows(String code) {
        return words.containsKey(code);
    }

    /** Every code with its words, in order. */
    public Map<String, String> all() {
        return words;
    }
}
