package org.frontline.web.export;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The type of an attribute, kept through every format: GeoPackage and Shapefile users filter dates as dates and
 * sum numbers as numbers, which strings would break.
 */
public enum AttributeType {
    TEXT, INTEGER, REAL, BOOLEAN, DATE,
    /** A list of values: a JSON array in GeoJSON, {@code ;}-joined text in CSV, GeoPackage and DBF. */
    LIST;

    /** The type a value naturally has; null for null (no evidence). */
    public static AttributeType of(Object value) {
        if (value == null) return null;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) return INTEGER;
        if (value instanceof Double || value instanceof Float) return REAL;
        if (value instanceof Boolean) return BOOLEAN;
        if (value instanceof LocalDate) return DATE;
        if (value instanceof Collection<?>) return LIST;
        return TEXT;
    }

    /** The narrowest type that holds values of both types (an integer column that meets a real becomes real). */
    AttributeType widen(AttributeType other) {
        if (other == null || other == this) return this;
        if ((this == INTEGER && other == REAL) || (this == REAL && other == INTEGER)) return REAL;
        return TEXT;
    }

    /** A value as text, for the formats without that type (lists joined with ';'). */
    public static String text(Object value) {
        if (value == null) return null;
        if (value instanceof Collection<?> c) return c.stream().map(String::valueOf).collect(Collectors.joining(";"));
        return value.toString();
    }
}
