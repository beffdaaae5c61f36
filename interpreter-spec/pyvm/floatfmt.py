"""Generated: float formatting with a precision known only at run time (RPython needs
constant % format strings, so each precision has its own branch)."""


def fmt_f(x, prec):
    if prec == 0:
        return "%.0f" % x
    if prec == 1:
        return "%.1f" % x
    if prec == 2:
        return "%.2f" % x
    if prec == 3:
        return "%.3f" % x
    if prec == 4:
        return "%.4f" % x
    if prec == 5:
        return "%.5f" % x
    if prec == 6:
        return "%.6f" % x
    if prec == 7:
        return "%.7f" % x
    if prec == 8:
        return "%.8f" % x
    if prec == 9:
        return "%.9f" % x
    if prec == 10:
        return "%.10f" % x
    if prec == 11:
        return "%.11f" % x
    if prec == 12:
        return "%.12f" % x
    if prec == 13:
        return "%.13f" % x
    if prec == 14:
        return "%.14f" % x
    if prec == 15:
        return "%.15f" % x
    if prec == 16:
        return "%.16f" % x
    if prec == 17:
        return "%.17f" % x
    if prec == 18:
        return "%.18f" % x
    if prec == 19:
        return "%.19f" % x
    if prec == 20:
        return "%.20f" % x
    return fmt_f_big(x, prec)


def fmt_e(x, prec):
    if prec == 0:
        return "%.0e" % x
    if prec == 1:
        return "%.1e" % x
    if prec == 2:
        return "%.2e" % x
    if prec == 3:
        return "%.3e" % x
    if prec == 4:
        return "%.4e" % x
    if prec == 5:
        return "%.5e" % x
    if prec == 6:
        return "%.6e" % x
    if prec == 7:
        return "%.7e" % x
    if prec == 8:
        return "%.8e" % x
    if prec == 9:
        return "%.9e" % x
    if prec == 10:
        return "%.10e" % x
    if prec == 11:
        return "%.11e" % x
    if prec == 12:
        return "%.12e" % x
    if prec == 13:
        return "%.13e" % x
    if prec == 14:
        return "%.14e" % x
    if prec == 15:
        return "%.15e" % x
    if prec == 16:
        return "%.16e" % x
    if prec == 17:
        return "%.17e" % x
    if prec == 18:
        return "%.18e" % x
    if prec == 19:
        return "%.19e" % x
    if prec == 20:
        return "%.20e" % x
    return fmt_e_big(x, prec)


def fmt_g(x, prec):
    if prec == 0:
        return "%.0g" % x
    if prec == 1:
        return "%.1g" % x
    if prec == 2:
        return "%.2g" % x
    if prec == 3:
        return "%.3g" % x
    if prec == 4:
        return "%.4g" % x
    if prec == 5:
        return "%.5g" % x
    if prec == 6:
        return "%.6g" % x
    if prec == 7:
        return "%.7g" % x
    if prec == 8:
        return "%.8g" % x
    if prec == 9:
        return "%.9g" % x
    if prec == 10:
        return "%.10g" % x
    if prec == 11:
        return "%.11g" % x
    if prec == 12:
        return "%.12g" % x
    if prec == 13:
        return "%.13g" % x
    if prec == 14:
        return "%.14g" % x
    if prec == 15:
        return "%.15g" % x
    if prec == 16:
        return "%.16g" % x
    if prec == 17:
        return "%.17g" % x
    if prec == 18:
        return "%.18g" % x
    if prec == 19:
        return "%.19g" % x
    if prec == 20:
        return "%.20g" % x
    return fmt_g_big(x, prec)


def fmt_f_big(x, prec):
    s = "%.20f" % x
    return s + "0" * (prec - 20)


def fmt_e_big(x, prec):
    return "%.20e" % x


def fmt_g_big(x, prec):
    return "%.20g" % x
