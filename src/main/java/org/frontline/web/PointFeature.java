package org.frontline.web;

import java.util.Map;

/** A point feature before it is written: lon/lat (null for no geometry) and ordered properties. */
record PointFeature(Double lon, Double lat, Map<String, Object> properties) {
}
