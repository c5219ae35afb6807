package org.zielbild.ui.shell.projector;

import org.zielbild.domain.Language;

/** An English-speaking facilitator runs a German workshop: the wall speaks German. */
class GermanRoomEnglishUiFxTest extends RoomLanguageFxTestBase {

    @Override
    protected Language language() {
        return Language.EN;
    }

    @Override
    protected Language sessionLanguage() {
        return Language.DE;
    }
}
