package dev.scrutiny.stories;

import dev.scrutiny.article.Analysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front door of cross-source comparison. Batch use:
 *
 * <pre>{@code
 * CrossSourceReport r = CrossSource.compare(analyses);
 * r.stories(); r.contradictions();
 * }</pre>
 *
 * Incremental use: {@link #add(Analysis)} places one article (its story and its copies) without touching
 * the others; {@link #findings(String)} compares one story's accounts; {@link #report()} gives everything.
 * Not thread-safe.
 */
public final class CrossSource {

  /** Where one added article went and whom it copies. */
  public record Added(StoryIndex.Assignment story, List<Duplicate> duplicates) {}

  private final StoryIndex stories;
  private final DuplicateIndex copies = new DuplicateIndex();
  private final List<Digest> digests = new ArrayList<>();
  private final List<Duplicate> duplicates = new ArrayList<>();
  private final Set<String> copyPairs = new HashSet<>();
  private final Map<String, ConflictFinder.Account> accounts = new HashMap<>();

  public CrossSource() {
    this(StorySettings.defaults());
  }

  public CrossSource(StorySettings settings) {
    this.stories = new StoryIndex(settings);
  }

  /** Compares a batch of analysed articles, in the order given (give them oldest first). */
  public static CrossSourceReport compare(List<Analysis> analyses) {
    CrossSource cs = new CrossSource();
    for (Analysis a : analyses) {
      cs.add(a);
    }
    return cs.report();
  }

  public Added add(Analysis analysis) {
    return add(Digest.of(analysis));
  }

  /** Adds an article already digested (what benchmarks and stores with cached digests use). */
  public Added add(Digest d) {
    StoryIndex.Assignment assignment = stories.add(d);
    List<Duplicate> found = copies.add(d);
    for (Duplicate dup : found) {
      duplicates.add(dup);
      copyPairs.add(dup.a() + "|" + dup.b());
    }
    digests.add(d);
    return new Added(assignment, found);
  }

  /** Contradictions, updates and agreements among one story's articles. */
  public List<Finding> findings(String storyId) {
    List<Digest> members = stories.members(storyId);
    if (members.size() < 2) {
      return List.of();
    }
    List<ConflictFinder.Account> list = new ArrayList<>(members.size());
    for (Digest d : members) {
      list.add(accounts.computeIfAbsent(d.id(), k -> ConflictFinder.Account.of(d)));
    }
    return ConflictFinder.compare(storyId, list, copyPairs);
  }

  /** Statements reported by more than one article of a story, aligned. */
  public List<AlignedStatement> statements(String storyId) {
    List<Digest> members = stories.members(storyId);
    return members.size() < 2 ? List.of() : StatementAligner.align(storyId, members);
  }

  public StoryIndex stories() {
    return stories;
  }

  /** Everything found so far. */
  public CrossSourceReport report() {
    List<AlignedStatement> statements = new ArrayList<>();
    List<Finding> contradictions = new ArrayList<>();
    List<Finding> updates = new ArrayList<>();
    List<Finding> agreements = new ArrayList<>();
    List<Story> all = stories.stories();
    for (Story s : all) {
      statements.addAll(statements(s.id()));
      for (Finding f : findings(s.id())) {
        switch (f.relation()) {
          case CONTRADICTION -> contradictions.add(f);
          case UPDATE -> updates.add(f);
          case AGREEMENT -> agreements.add(f);
        }
      }
    }
    return new CrossSourceReport(all, duplicates, statements, contradictions, updates, agreements,
        OutletProfiles.of(digests));
  }

  /** The digests added, in order. */
  public List<Digest> digests() {
    return List.copyOf(digests);
  }
}
