/**
 * Across sources: which articles tell the same event (stories), who copied or rewrote whom
 * (near-duplicates), one speaker's statement as each outlet reports it, where the accounts disagree
 * (contradictions, with updates and agreements kept apart) and how each outlet writes (profiles).
 *
 * <p>Works on finished {@link dev.scrutiny.article.Analysis analyses}: the entity, place, time and claim
 * layers plus the text. Start with {@link dev.scrutiny.stories.CrossSource#compare(java.util.List)} for a
 * batch, or feed a {@link dev.scrutiny.stories.StoryIndex} one article at a time.
 */
@NullMarked
package dev.scrutiny.stories;

import org.jspecify.annotations.NullMarked;
