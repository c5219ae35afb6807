package org.zielbild.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.zielbild.domain.target.AddStatement;
import org.zielbild.domain.target.SetStatementPicture;
import org.zielbild.domain.target.Statement;
import org.zielbild.domain.target.StatementPicture;
import org.zielbild.session.AttachmentKind;
import org.zielbild.session.OpenSession;
import org.zielbild.session.StoredAttachment;

/** Sessions with pictures on their target statements, for the tests of carried attachments (0111). */
final class AttachmentFixture {

    static final byte[] PNG = FolderAttachmentsTest.PNG;
    static final byte[] GIF = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, ';'};

    private AttachmentFixture() {
    }

    /** A picked file with these bytes. */
    static Path picked(Path home, String name, byte[] bytes) throws Exception {
        Path p = home.resolve("picked").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    /** A statement with a picture of {@code bytes}, added to the open session; the picture's reference. */
    static String statementWithPicture(OpenSession open, Path home, String id, byte[] bytes) throws Exception {
        StoredAttachment a = open.attachments().add(picked(home, id + ".img", bytes), AttachmentKind.IMAGE);
        open.service().apply(AddStatement.atEnd(Statement.of(id, "Our customers call us first (" + id + ")", "")));
        open.service().apply(new SetStatementPicture(id, new StatementPicture(a.reference(), id + ".img")));
        return a.reference();
    }

    /** A picture stored in the session but referred to by nothing any more. */
    static String unusedPicture(OpenSession open, Path home, byte[] bytes) throws Exception {
        return open.attachments().add(picked(home, "unused.img", bytes), AttachmentKind.IMAGE).reference();
    }

    /** {@code base} with its last byte changed: still a picture by its first bytes, but not the same content. */
    static byte[] changed(byte[] base) {
        byte[] b = base.clone();
        b[b.length - 1] ^= 0x55;
        return b;
    }
}
