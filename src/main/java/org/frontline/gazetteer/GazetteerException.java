package org.frontline.gazetteer;

/** A gazetteer source could not be read; the message names the file and, where there is one, the line. */
public class GazetteerException extends RuntimeException {
    private final String file;
    private final int line;

    public GazetteerException(String file, int line, String message) {
        super(line > 0 ? file + ":" + line + ": " + message : file + ": " + message);
        this.file = file;
        this.line = line;
    }

    public GazetteerException(String file, int line, String message, Throwable cause) {
        this(file, line, message);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
