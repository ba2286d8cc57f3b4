package org.frontline.frontline;

/** A control table that cannot be imported at all (no header, a required column missing); 400 at the boundary. */
public class ControlImportException extends RuntimeException {
    public ControlImportException(String message) {
        super(message);
    }
}
