package org.backupconsole.backend;

/**
 * Every message is made of sentences that end with a full stop. Text from elsewhere (what the system said of a
 * file, what a service or a fault rule said) may lack one; {@link #end} gives it one, so that the next sentence
 * does not run into it.
 */
public final class Sentences {

    private Sentences() {
    }

    /** The text, stripped, ending with a full stop (or the question or exclamation mark it ends with). */
    public static String end(String text) {
        String sentence = text.strip();
        return sentence.endsWith(".") || sentence.endsWith("?") || sentence.endsWith("!") ? sentence : sentence + ".";
    }
}
