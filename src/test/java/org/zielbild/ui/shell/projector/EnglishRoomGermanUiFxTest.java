package org.zielbild.ui.shell.projector;

import org.zielbild.domain.Language;

/** A German facilitator runs an English workshop: the wall speaks English. */
class EnglishRoomGermanUiFxTest extends RoomLanguageFxTestBase {

    @Override
    protected Language language() {
        return Language.DE;
    }

    @Override
    protected Language sessionLanguage() {
        return Language.EN;
    }
}
