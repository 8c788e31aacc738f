/**
 * Named entities: recognition (people, organisations, locations, groups, misc) and within-article
 * resolution of their mentions into {@link dev.scrutiny.entities.Entity} groups.
 */
@NullMarked
package dev.scrutiny.entities;

import org.jspecify.annotations.NullMarked;
