package org.zielbild.config;

/** The projector's colours: dark text on light (bright rooms) or light text on dark (dim rooms). */
public enum ProjectorTheme {
    LIGHT,
    DARK
}
