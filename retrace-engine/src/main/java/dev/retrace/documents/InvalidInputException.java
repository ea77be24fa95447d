package dev.retrace.documents;

/**
 * An input that cannot be turned into an article. The message is one line, "input: problem", so that a command
 * line tool can print it as it is and the user sees which file is wrong and why.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String problem;

    public InvalidInputException(String input, String problem) {
        super(oneLine(input, "input") + ": " + oneLine(problem, "invalid input"));
        this.input = oneLine(input, "input");
        this.problem = oneLine(problem, "invalid input");
    }

    /** The file path or other name of the input, as the user gave it. */
    public String input() {
        return input;
    }

    /** What is wrong with it, without the input name. */
    public String problem() {
        return problem;
    }

    /** Parser messages and file names may hold line breaks; the message must stay one line. */
    private static String oneLine(String s, String fallback) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
