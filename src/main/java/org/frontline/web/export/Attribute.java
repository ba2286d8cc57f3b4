package org.frontline.web.export;

/** A named, typed column of a feature set. */
public record Attribute(String name, AttributeType type) {
}
