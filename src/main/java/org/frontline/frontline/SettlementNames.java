package org.frontline.frontline;

import java.util.List;

/** Gazetteer ids of the places a written name may denote (homonyms included); used to match imported rows. */
@FunctionalInterface
public interface SettlementNames {
    List<Long> idsNamed(String name);

    SettlementNames NONE = name -> List.of();
}
