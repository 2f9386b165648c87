package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RMap;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.RTuple;
import asyncscope.lessons.rustlite.value.RVec;
import asyncscope.lessons.rustlite.value.Unit;

/**
 * The {@code Default} value of the type of a value at hand, for what leaves a default behind ({@code mem::take},
 * {@code Cell::take}, {@code Option::take}): 0 of the same integer type, an empty String or collection, None.
 */
final class Defaults {
    private Defaults() {}

    static Object of(Object v) {
        if (v instanceof RInt i) {
            return RInt.of(0, i.ty);
        }
        if (v instanceof Double) {
            return 0.0;
        }
        if (v instanceof Float) {
            return 0.0f;
        }
        if (v instanceof Boolean) {
            return Boolean.FALSE;
        }
        if (v instanceof RChar) {
            return new RChar(0);
        }
        if (v instanceof RStr) {
            return new RStr("");
        }
        if (v instanceof RVec) {
            return new RVec();
        }
        if (v instanceof RMap m) {
            return new RMap(m.sorted);
        }
        if (v instanceof IterMethods.RSet s) {
            return new IterMethods.RSet(new RMap(s.m().sorted));
        }
        if (v instanceof REnum e && e.type.equals("Option")) {
            return REnum.NONE;
        }
        if (v instanceof Unit) {
            return Unit.UNIT;
        }
        if (v instanceof RTuple t) {
            Object[] a = new Object[t.items().length];
            for (int i = 0; i < a.length; i++) {
                a[i] = of(t.items()[i]);
            }
            return new RTuple(a);
        }
        throw new RPanic("Rust-lite cannot make a Default value for " + Methods.typeName(v));
    }
}
