package dev.scrutiny.time;

/** TimeML TIMEX3 types. */
public enum TimeType { DATE, TIME, DURATION, SET }
