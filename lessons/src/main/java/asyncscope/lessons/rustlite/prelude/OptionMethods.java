package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.compile.Insn;
import asyncscope.lessons.rustlite.interp.Interp;
import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RPanic;
import asyncscope.lessons.rustlite.value.Values;

/** Methods of {@code Option} and {@code Result}: unwrap/expect with Rust's panic messages, combinators, conversions. */
final class OptionMethods {
    private OptionMethods() {}

    static Object optionMethod(Interp in, REnum e, String name, Object[] args, Insn at) {
        boolean opt = e.type.equals("Option");
        boolean good = e.is("Some") || e.is("Ok");
        Object val = e.fields.length > 0 ? e.fields[0] : null;
        switch (name) {
            case "unwrap" -> {
                if (good) {
                    return val;
                }
                throw new RPanic(opt ? "called `Option::unwrap()` on a `None` value"
                        : "called `Result::unwrap()` on an `Err` value: " + Fmt.debug(val, false));
            }
            case "expect" -> {
                if (good) {
                    return val;
                }
                String msg = Methods.str(Methods.arg(args, 0));
                throw new RPanic(opt ? msg : msg + ": " + Fmt.debug(val, false));
            }
            case "unwrap_err", "expect_err" -> {
                if (!good && !opt) {
                    return val;
                }
                String prefix = name.equals("expect_err") ? Methods.str(Methods.arg(args, 0)) : "called `Result::unwrap_err()` on an `Ok` value";
                throw new RPanic(prefix + ": " + Fmt.debug(val, false));
            }
            case "unwrap_or" -> {
                return good ? val : args[0];
            }
            case "unwrap_or_else" -> {
                return good ? val : in.call(args[0], opt ? new Object[0] : new Object[] {val}, at);
            }
            case "unwrap_or_default" -> {
                return good ? val : RInt.lit(0);
            }
            case "is_some", "is_ok" -> {
                return good;
            }
            case "is_none", "is_err" -> {
                return !good;
            }
            case "is_some_and", "is_ok_and" -> {
                return good && Values.truthy(in.call(args[0], new Object[] {val}, at), 0, 0);
            }
            case "map" -> {
                if (!good) {
                    return e;
                }
                Object r = in.call(args[0], new Object[] {val}, at);
                return opt ? REnum.some(r) : REnum.ok(r);
            }
            case "map_err" -> {
                return good || opt ? e : REnum.err(in.call(args[0], new Object[] {val}, at));
            }
            case "map_or" -> {
                return good ? in.call(args[1], new Object[] {val}, at) : args[0];
            }
            case "and_then" -> {
                return good ? in.call(args[0], new Object[] {val}, at) : e;
            }
            case "or" -> {
                return good ? e : args[0];
            }
            case "or_else" -> {
                return good ? e : in.call(args[0], opt ? new Object[0] : new Object[] {val}, at);
            }
            case "ok" -> {
                return e.is("Ok") ? REnum.some(val) : REnum.NONE;
            }
            case "err" -> {
                return e.is("Err") ? REnum.some(val) : REnum.NONE;
            }
            case "ok_or" -> {
                return good ? REnum.ok(val) : REnum.err(args[0]);
            }
            case "ok_or_else" -> {
                return good ? REnum.ok(val) : REnum.err(in.call(args[0], new Object[0], at));
            }
            case "filter" -> {
                return good && Values.truthy(in.call(args[0], new Object[] {val}, at), 0, 0) ? e : REnum.NONE;
            }
            case "iter", "into_iter" -> {
                return Iters.of(in, e);
            }
            case "unwrap_unchecked" -> {
                return val;
            }
            case "and" -> {
                return good ? args[0] : e;
            }
            case "xor" -> {
                REnum o = (REnum) Methods.arg(args, 0);
                return good == o.is("Some") ? REnum.NONE : good ? e : o;
            }
            case "zip" -> {
                REnum o = (REnum) Methods.arg(args, 0);
                return good && o.is("Some") ? REnum.some(new asyncscope.lessons.rustlite.value.RTuple(new Object[] {val, o.fields[0]})) : REnum.NONE;
            }
            case "map_or_else" -> {
                return good ? in.call(args[1], new Object[] {val}, at) : in.call(args[0], opt ? new Object[0] : new Object[] {val}, at);
            }
            case "flatten" -> {
                return good ? val : e;
            }
            case "inspect" -> {
                if (good) {
                    in.call(args[0], new Object[] {val}, at);
                }
                return e;
            }
            case "inspect_err" -> {
                if (!good && !opt) {
                    in.call(args[0], new Object[] {val}, at);
                }
                return e;
            }
            case "is_none_or" -> {
                return !good || Values.truthy(in.call(args[0], new Object[] {val}, at), 0, 0);
            }
            case "unwrap_or_else_default", "copied", "cloned" -> {
                return e;
            }
            default -> throw new RPanic("no method named `" + name + "` found for enum `" + e.type + "`");
        }
    }
}
