package asyncscope.lessons.rustlite.prelude;

import asyncscope.lessons.rustlite.value.Fmt;
import asyncscope.lessons.rustlite.value.IntTy;
import asyncscope.lessons.rustlite.value.REnum;
import asyncscope.lessons.rustlite.value.RChar;
import asyncscope.lessons.rustlite.value.RInt;
import asyncscope.lessons.rustlite.value.RStr;
import asyncscope.lessons.rustlite.value.Unit;

/**
 * The methods of {@code std::fmt::Formatter} a user {@code impl Display}/{@code Debug} calls: writing
 * ({@code write_str}), padding under the placeholder's spec ({@code pad}: width, fill, alignment, precision as
 * truncation — the only way a width reaches a user type, with forwarding to an inner value's {@code fmt}), and
 * reading the spec ({@code alternate}, {@code width}, {@code precision}, {@code sign_plus}, {@code fill}).
 */
final class FormatterMethods {
    private FormatterMethods() {}

    static Object call(Methods.Formatter f, String name, Object[] args) {
        Fmt.Spec sp = f.spec;
        switch (name) {
            case "write_str", "write_fmt" -> {
                f.write(Methods.str(Methods.arg(args, 0)));
                return REnum.ok(Unit.UNIT);
            }
            case "write_char" -> {
                f.write(Methods.arg(args, 0).toString());
                return REnum.ok(Unit.UNIT);
            }
            case "pad" -> {
                Fmt.Spec text = new Fmt.Spec(sp.fill(), sp.align(), false, false, false, sp.width(), sp.precision(), '\0', null, null);
                f.write(Fmt.format(new RStr(Methods.str(Methods.arg(args, 0))), text));
                return REnum.ok(Unit.UNIT);
            }
            case "alternate" -> {
                return sp.alt();
            }
            case "sign_plus" -> {
                return sp.plus();
            }
            case "sign_minus" -> {
                return false;
            }
            case "sign_aware_zero_pad" -> {
                return sp.zero();
            }
            case "width" -> {
                return sp.width() < 0 ? REnum.NONE : REnum.some(RInt.of(sp.width(), IntTy.USIZE));
            }
            case "precision" -> {
                return sp.precision() < 0 ? REnum.NONE : REnum.some(RInt.of(sp.precision(), IntTy.USIZE));
            }
            case "fill" -> {
                return new RChar(sp.fill());
            }
            default -> {
                return Methods.NO_SUCH;
            }
        }
    }
}
