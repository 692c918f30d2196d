"""Locale support module.

The module provides low-level access to the C lib's locale APIs and adds high
level number formatting APIs as well as a locale aliasing engine to complement
these.

The aliasing engine includes support for many commonly used locale names and
maps them to values suitable for passing to the C lib's setlocale() function.
"""

import sys
import _locale
from _locale import *

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str
_setlocale = _locale.setlocale


# ---- number formatting ------------------------------------------------------

def _group(digits, monetary=False):
    """digits with the thousands separator of the locale: (text, how many
    separators were added)."""
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return digits, 0
    body = digits.rstrip()
    tail = digits[len(body):]
    start = len(body)
    while start and body[start - 1].isdigit():
        start -= 1
    head, number = body[:start], body[start:]
    groups = []
    size = None
    for g in grouping:
        if g == CHAR_MAX:
            break
        if g:
            size = g
        if not number or size is None:
            break
        groups.append(number[-size:])
        number = number[:-size]
    else:
        while number and size:
            groups.append(number[-size:])
            number = number[:-size]
    if number:
        groups.append(number)
    groups.reverse()
    return head + sep.join(groups) + tail, len(groups) - 1


def _strip_padding(text, amount):
    """Removes up to amount spaces of padding, the grouping having made the
    text that much longer."""
    lead = 0
    while amount and text[lead] == ' ':
        lead += 1
        amount -= 1
    end = len(text) - 1
    while amount and text[end] == ' ':
        end -= 1
        amount -= 1
    return text[lead:end + 1]


def _localize(number, grouping=False, monetary=False):
    """number (as "%f" writes it) with the locale's decimal point, and its
    thousands grouped if grouping."""
    parts = number.split('.')
    seps = 0
    if grouping:
        parts[0], seps = _group(parts[0], monetary)
    point = localeconv()['mon_decimal_point' if monetary else 'decimal_point']
    formatted = point.join(parts)
    if seps:
        formatted = _strip_padding(formatted, seps)
    return formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional) if additional else percent % value
    kind = percent[-1]
    if kind in 'eEfFgG':
        formatted = _localize(formatted, grouping, monetary)
    elif kind in 'diu':
        if grouping:
            formatted, seps = _group(formatted, monetary)
            if seps:
                formatted = _strip_padding(formatted, seps)
    return formatted


_conversions = 'eEfFgGdiouxXcrs%'
_modifiers = '-#0123456789 +*.hlL'


def _specs(f):
    """The conversion specifications of f: (start, end, modifiers) for each."""
    specs = []
    i = 0
    n = len(f)
    while i < n:
        if f[i] != '%':
            i += 1
            continue
        j = i + 1
        if j < n and f[j] == '(':
            close = f.find(')', j)
            if close < 0:
                i += 1
                continue
            j = close + 1
        k = j
        while k < n and f[k] in _modifiers:
            k += 1
        if k < n and f[k] in _conversions:
            specs.append((i, k + 1, f[j:k]))
            i = k + 1
        else:
            i += 1
    return specs


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use,
    but takes the current locale into account.

    Grouping is applied if the third parameter is true.
    Conversion uses monetary thousands separator and grouping strings if
    forth parameter monetary is true."""
    specs = _specs(f)
    pieces = []
    last = 0
    for start, end, _ in specs:
        pieces.append(f[last:start])
        pieces.append('%s')
        last = end
    pieces.append(f[last:])
    new_f = ''.join(pieces)
    new_val = []
    if hasattr(val, 'keys') and hasattr(val, '__getitem__') and not isinstance(val, (tuple, _builtin_str)):
        for start, end, _ in specs:
            spec = f[start:end]
            new_val.append('%' if spec[-1] == '%' else _format(spec, val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for start, end, modifiers in specs:
            spec = f[start:end]
            if spec[-1] == '%':
                new_val.append('%')
                continue
            stars = modifiers.count('*')
            new_val.append(_format(spec, val[i], grouping, monetary, *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return new_f % tuple(new_val)


def _place_sign(text, sign, position):
    # POSIX's p_sign_posn/n_sign_posn: 0 parentheses, 1 before all, 2 after
    # all, 3 just before the symbol, 4 just after it; the amount (with its
    # symbol) is marked by '<' and '>' while the sign is placed
    if position == 0:
        return '(' + text + ')'
    if position == 2:
        return text + sign
    if position == 3:
        return text.replace('<', sign)
    if position == 4:
        return text.replace('>', sign)
    return sign + text


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings
    in the current locale."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    side = 'n' if val < 0 else 'p'
    amount = '<' + _format('%%.%if' % digits, abs(val), grouping, monetary=True) + '>'
    if symbol:
        mark = conv['int_curr_symbol' if international else 'currency_symbol']
        gap = ' ' if conv[side + '_sep_by_space'] else ''
        if conv[side + '_cs_precedes']:
            amount = mark + gap + amount
        else:
            if international and mark[-1] == ' ':
                mark = mark[:3]  # the international symbol ends with its separator
            amount = amount + gap + mark
    sign = conv['negative_sign' if side == 'n' else 'positive_sign']
    placed = _place_sign(amount, sign, conv[side + '_sign_posn'])
    return placed.replace('<', '').replace('>', '')


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    "Parses a string as a normalized number according to the locale settings."
    conv = localeconv()
    for local, plain in ((conv['thousands_sep'], ''), (conv['decimal_point'], '.')):
        if local:
            string = string.replace(local, plain)
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    "Parses a string as a float according to the locale settings."
    return func(delocalize(string))


def atoi(string):
    "Converts a string to an integer according to the locale settings."
    return int(delocalize(string))


# ---- locale names -----------------------------------------------------------

# The usual encoding of some languages and territories, as the C library's
# locale.alias lists them (a selection).
locale_alias = {
    'c': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1', 'posix': 'C', 'posix-utf2': 'C',
    'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1', 'en_gb': 'en_GB.ISO8859-1',
    'en_au': 'en_AU.ISO8859-1', 'en_ca': 'en_CA.ISO8859-1', 'en_ie': 'en_IE.ISO8859-1',
    'en_in': 'en_IN.ISO8859-1', 'en_nz': 'en_NZ.ISO8859-1', 'de': 'de_DE.ISO8859-1',
    'de_de': 'de_DE.ISO8859-1', 'de_at': 'de_AT.ISO8859-1', 'de_ch': 'de_CH.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1', 'fr_be': 'fr_BE.ISO8859-1',
    'fr_ca': 'fr_CA.ISO8859-1', 'fr_ch': 'fr_CH.ISO8859-1', 'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1', 'es_mx': 'es_MX.ISO8859-1', 'it': 'it_IT.ISO8859-1',
    'it_it': 'it_IT.ISO8859-1', 'nl': 'nl_NL.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1',
    'pt_pt': 'pt_PT.ISO8859-1', 'pt_br': 'pt_BR.ISO8859-1', 'sv': 'sv_SE.ISO8859-1',
    'sv_se': 'sv_SE.ISO8859-1', 'da': 'da_DK.ISO8859-1', 'da_dk': 'da_DK.ISO8859-1', 'fi': 'fi_FI.ISO8859-15',
    'fi_fi': 'fi_FI.ISO8859-15', 'nb': 'nb_NO.ISO8859-1', 'nb_no': 'nb_NO.ISO8859-1', 'pl': 'pl_PL.ISO8859-2',
    'pl_pl': 'pl_PL.ISO8859-2', 'cs': 'cs_CZ.ISO8859-2', 'cs_cz': 'cs_CZ.ISO8859-2', 'hu': 'hu_HU.ISO8859-2',
    'hu_hu': 'hu_HU.ISO8859-2', 'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'uk': 'uk_UA.KOI8-U',
    'uk_ua': 'uk_UA.KOI8-U', 'el': 'el_GR.ISO8859-7', 'el_gr': 'el_GR.ISO8859-7', 'tr': 'tr_TR.ISO8859-9',
    'tr_tr': 'tr_TR.ISO8859-9', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP', 'ko': 'ko_KR.eucKR',
    'ko_kr': 'ko_KR.eucKR', 'zh_cn': 'zh_CN.gb2312', 'zh_tw': 'zh_TW.big5', 'he': 'he_IL.ISO8859-8',
    'he_il': 'he_IL.ISO8859-8', 'ar': 'ar_AA.ISO8859-6', 'th': 'th_TH.ISO8859-11',
    'th_th': 'th_TH.ISO8859-11', 'vi': 'vi_VN.TCVN', 'vi_vn': 'vi_VN.TCVN', 'sr_rs': 'sr_RS.UTF-8',
    'sr': 'sr_RS.UTF-8',
}

# How encodings are written in locale names, by the codec's name.
locale_encoding_alias = {
    'ascii': 'ISO8859-1', 'latin_1': 'ISO8859-1', 'iso8859_1': 'ISO8859-1', 'iso8859_2': 'ISO8859-2',
    'iso8859_5': 'ISO8859-5', 'iso8859_7': 'ISO8859-7', 'iso8859_9': 'ISO8859-9', 'iso8859_15': 'ISO8859-15',
    'utf_8': 'UTF-8', 'koi8_r': 'KOI8-R', 'koi8_u': 'KOI8-U', 'euc_jp': 'eucJP', 'euc_kr': 'eucKR',
    'cp1251': 'CP1251', 'shift_jis': 'SJIS',
}

# Spellings of encodings, squeezed (lower case, no '-' or '_'), and their codecs.
_codec_names = {
    'ascii': 'ascii', 'usascii': 'ascii', 'latin1': 'latin_1', 'iso88591': 'latin_1', 'l1': 'latin_1',
    'iso88592': 'iso8859_2', 'iso88595': 'iso8859_5', 'iso88597': 'iso8859_7', 'iso88599': 'iso8859_9',
    'iso885915': 'iso8859_15', 'latin9': 'iso8859_15', 'utf8': 'utf_8', 'koi8r': 'koi8_r', 'koi8u': 'koi8_u',
    'eucjp': 'euc_jp', 'ujis': 'euc_jp', 'euckr': 'euc_kr', 'cp1251': 'cp1251', 'windows1251': 'cp1251',
    'sjis': 'shift_jis', 'shiftjis': 'shift_jis', 'tis620': 'tis_620',
}


def _with_encoding(code, encoding):
    lang = code.split('.', 1)[0]
    squeezed = encoding.lower().replace('-', '').replace('_', '')
    codec = _codec_names.get(squeezed, encoding.lower().replace('-', '_'))
    return lang + '.' + locale_encoding_alias.get(codec, encoding)


def _with_modifier(code, modifier):
    # "@euro" asks for the euro's encoding unless the code has one with it
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _with_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """ Returns a normalized locale code for the given locale
        name.

        The returned locale code is formatted for use with
        setlocale().

        If normalization fails, the original name is returned
        unchanged.

        If the given encoding is not known, the function defaults to
        the default encoding for the locale code just like setlocale()
        does.

    """
    code = localename.lower().replace(':', '.')
    code, _, modifier = code.partition('@')
    lang, _, encoding = code.partition('.')
    encoding = encoding.split('.', 1)[0]
    compact = encoding.replace('-', '').replace('_', '')
    with_encoding = lang + ('.' + compact if encoding else '')
    found = locale_alias.get(with_encoding + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(with_encoding)
        if found is not None:
            if '@' not in found:
                return _with_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(lang + ('@' + modifier if modifier else ''))
        if found is not None:
            base, _, mod = found.partition('@')
            return _with_encoding(base, encoding) + ('@' + mod if mod else '')
        if modifier:
            found = locale_alias.get(lang)
            if found is not None:
                base, _, mod = found.partition('@')
                if not mod:
                    return _with_modifier(_with_encoding(base, encoding), modifier)
                if mod.lower() == modifier:
                    return _with_encoding(base, encoding) + '@' + mod
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    code, at, modifier = code.partition('@')
    if at and modifier == 'euro' and '.' not in code:
        # the euro variant of a locale without an encoding means Latin-9
        return code, 'iso-8859-15'
    if '.' in code:
        language, encoding = code.split('.')[:2]
        return language, encoding
    known = {'C': (None, None), 'UTF-8': (None, 'UTF-8')}
    if code in known:
        return known[code]
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    # (language, encoding) -> 'language.encoding'; a pair that does not
    # unpack or join gives the one TypeError
    try:
        language, encoding = localetuple
        name = 'C' if language is None else language
        return name if encoding is None else name + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """ Tries to determine the default locale settings and returns
        them as tuple (language code, encoding).
    """
    import os
    # the first variable set; LANGUAGE may list several, the first counts
    found = next(((name, os.environ[name]) for name in envvars if os.environ.get(name)), None)
    if found is None:
        return _parse_localename('C')
    name, value = found
    return _parse_localename(value.split(':')[0] if name == 'LANGUAGE' else value)


def getlocale(category=LC_CTYPE):
    """ Returns the current setting for the given locale category as
        tuple (language code, encoding).
    """
    current = _setlocale(category)
    if category == LC_ALL and ';' in current:
        # categories set differently: no single name
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(current)


def setlocale(category, locale=None):
    """ Set the locale for the given category.  The locale can be
        a string, an iterable of two strings (language code and encoding),
        or None.
    """
    if locale and not isinstance(locale, _builtin_str):
        # (language, encoding)
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using,
    according to the system configuration."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    return getencoding()
