/**
 * Named entities: recognition (people, organisations, locations, groups, misc) and within-article
 * resolution of their mentions into {@link dev.scrutiny.entities.Entity} groups.
 *
 * <p>{@link dev.scrutiny.entities.EntityAnalyzer} is the runtime entry point. Recognition is a
 * first-order linear-chain model ({@link dev.scrutiny.entities.NerModel}, averaged structured
 * perceptron over BILOU labels, hashed features, trained by {@code dev.scrutiny.entities.NerTrainer} (scrutiny-lab) on
 * CoNLL-2003 and shipped as {@code ner.bin}); curated word lists under {@code lexicon/} add the
 * war-news names the model misses and sort NORP from MISC. Keys for cross-article linking come from
 * {@link dev.scrutiny.entities.Transliteration}. {@code dev.scrutiny.entities.EntityEvaluation} (scrutiny-lab) scores a
 * model the conlleval way. The gazetteer inside the model derives from GeoNames (CC BY 4.0).
 */
@NullMarked
package dev.scrutiny.entities;

import org.jspecify.annotations.NullMarked;
