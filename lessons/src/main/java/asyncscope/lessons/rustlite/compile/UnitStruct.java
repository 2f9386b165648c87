package asyncscope.lessons.rustlite.compile;

import asyncscope.lessons.rustlite.value.TypeInfo;

/** The value of a unit struct path ({@code struct Marker;} used as {@code Marker}). */
public record UnitStruct(TypeInfo info) {}
