package org.zielbild.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SortedSet;
import java.util.TreeSet;
import org.zielbild.domain.Session;

/**
 * The attachments a session refers to, found in its records as the store writes them: every text
 * that is a well-formed attachment reference ({@link FolderAttachments#REFERENCE}). Slices store
 * references in their own fields (a statement's picture, a coach's photo), so the store recognises its
 * own names instead of knowing each slice (0111). A note that happens to read like a reference only
 * carries a file that exists in the folder along; nothing is lost by that.
 */
final class AttachmentReferences {

    private static final ObjectMapper JSON = StoreJson.mapper();

    private AttachmentReferences() {
    }

    /** The references in {@code session}, sorted (so an export is the same for the same session). */
    static SortedSet<String> in(Session session) {
        SortedSet<String> found = new TreeSet<>();
        Deque<JsonNode> open = new ArrayDeque<>();
        open.push(JSON.valueToTree(session));
        while (!open.isEmpty()) {
            JsonNode node = open.pop();
            if (node.isTextual()) {
                String text = node.textValue();
                if (text.length() < 40 && FolderAttachments.REFERENCE.matcher(text).matches()) {
                    found.add(text);
                }
            } else {
                node.forEach(open::push); // object values and array elements
            }
        }
        return found;
    }
}
