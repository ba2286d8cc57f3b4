package org.frontline.web.export;

/** The set cannot be written in the asked format (a Shapefile of mixed geometry types); the caller names the parameter. */
public class UnsupportedFormatException extends RuntimeException {
    public UnsupportedFormatException(String message) {
        super(message);
    }
}
