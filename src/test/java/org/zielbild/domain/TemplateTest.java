package org.zielbild.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zielbild.domain.agenda.Stage;
import org.zielbild.testing.Sessions;

class TemplateTest {

    @Test
    void theDayHasSevenStagesInBothLanguagesWithTheSameShape() {
        List<Stage> en = TargetPictureDay.stages(Language.EN, Sessions.counterIds());
        List<Stage> de = TargetPictureDay.stages(Language.DE, Sessions.counterIds());
        assertThat(en).hasSize(7);
        assertThat(de).hasSize(7);
        assertThat(en).extracting(Stage::moduleId).containsExactlyElementsOf(TargetPictureDay.MODULE_IDS);
        assertThat(de).extracting(Stage::moduleId).containsExactlyElementsOf(TargetPictureDay.MODULE_IDS);
        for (int i = 0; i < en.size(); i++) {
            assertThat(de.get(i).timeBoxMinutes()).isEqualTo(en.get(i).timeBoxMinutes()).isPositive();
            assertThat(de.get(i).prompts()).hasSameSizeAs(en.get(i).prompts());
            assertThat(en.get(i).instructions()).isNotBlank();
            assertThat(de.get(i).instructions()).isNotBlank().isNotEqualTo(en.get(i).instructions());
        }
    }

    @Test
    void germanTemplateSpeaksGerman() {
        List<Stage> de = TargetPictureDay.stages(Language.DE, Sessions.counterIds());
        assertThat(de.get(0).title()).isEqualTo("Begrüßung");
        assertThat(de.get(2).prompts()).hasSize(5).first().isEqualTo("Wie sehen uns unsere Kunden?");
    }

    @Test
    void aNewSessionHasFreshIdsForEveryStage() {
        Session s = Sessions.templateDay(Language.EN);
        assertThat(s.agenda().stages()).extracting(Stage::id).doesNotHaveDuplicates();
        assertThat(s.roster().participants()).isEmpty();
    }

    @Test
    void anEmptyTitleIsRefused() {
        SessionInfo info = new SessionInfo("   ", null, "", "", Language.EN);
        org.assertj.core.api.Assertions.assertThatThrownBy(info::validated)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).userMessage().key()).isEqualTo("error.session.titleEmpty");
    }
}
