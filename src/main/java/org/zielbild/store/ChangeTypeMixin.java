package org.zielbild.store;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Jackson mix-in for {@link org.zielbild.domain.Change}: a change is written with its stable
 * catalog name in a {@code "type"} property. Kept out of {@code domain}, which knows no JSON.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
interface ChangeTypeMixin {
}
