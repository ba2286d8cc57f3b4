package org.frontline.web;

/** A request parameter (or body field) that cannot be used; answered 400 naming the parameter and the reason. */
public class BadParameterException extends RuntimeException {
    private final String parameter;

    public BadParameterException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
