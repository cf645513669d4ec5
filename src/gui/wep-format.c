/* wep-format.c: numbers as the user reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "wep-format.h"

char *
wep_format_count (double value)
{
  if (isnan (value))
    return g_strdup ("—");
  /* No "-0" from rounding noise. */
  if (fabs (value) < 0.5)
    value = 0.0;
  return g_strdup_printf ("%'.0f", value);
}

char *
wep_format_months (double value)
{
  if (isnan (value) || isinf (value))
    return g_strdup ("—");
  if (fabs (value) < 0.05)
    value = 0.0;
  return g_strdup_printf ("%'.1f", value);
}

char *
wep_format_euros (double value)
{
  g_autofree char *number = wep_format_count (value);

  /* Translators: an amount in euros, %s is the number ("€ 1.234.567") */
  return g_strdup_printf (_("€ %s"), number);
}


/* The locale's decimal and grouping separators ("," and "." in Dutch). */
static void
locale_separators (const char **decimal,
                   const char **grouping)
{
  const struct lconv *conv = localeconv ();

  *decimal = conv->decimal_point != NULL && *conv->decimal_point != '\0'
             ? conv->decimal_point : ".";
  *grouping = conv->thousands_sep != NULL ? conv->thousands_sep : "";
}

char *
wep_format_input (double value)
{
  const char *decimal, *grouping;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autoptr (GString) out = g_string_new (NULL);
  const char *digits, *point;
  gsize n_int;
  int places = 0;

  if (!isfinite (value))
    return g_strdup ("");
  if (value == 0.0)
    value = 0.0; /* no "-0" */

  /* The fewest decimals that read back exactly: 0.17, not 0.17000000000000001. */
  while (places < 10)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", places);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
      places++;
    }
  if (places == 10)
    {
      g_ascii_formatd (buf, sizeof buf, "%.10f", value);
      for (gsize end = strlen (buf); end > 0 && buf[end - 1] == '0'; end--)
        buf[end - 1] = '\0';
    }

  locale_separators (&decimal, &grouping);
  digits = buf;
  if (*digits == '-')
    {
      g_string_append_c (out, '-');
      digits++;
    }
  point = strchr (digits, '.');
  n_int = point != NULL ? (gsize) (point - digits) : strlen (digits);
  for (gsize i = 0; i < n_int; i++)
    {
      if (i > 0 && (n_int - i) % 3 == 0)
        g_string_append (out, grouping);
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL && point[1] != '\0')
    {
      g_string_append (out, decimal);
      g_string_append (out, point + 1);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* Appends the digits of text (length bytes) to out when they are grouped
 * by separator as a locale groups them: "1.234.567", not "0.170". */
static gboolean
append_grouped (GString    *out,
                const char *text,
                gsize       length,
                const char *separator)
{
  g_autofree char *copy = g_strndup (text, length);
  g_auto (GStrv) groups = g_strsplit (copy, separator, -1);
  guint n = g_strv_length (groups);

  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gsize size = strlen (groups[i]);

      if (!all_digits (groups[i], size)
          || (i == 0 ? size < 1 || size > 3 || groups[i][0] == '0' : size != 3))
        return FALSE;
    }
  for (guint i = 0; i < n; i++)
    g_string_append (out, groups[i]);
  return TRUE;
}

/* The digits of an integer part: plain, or grouped by separator. */
static gboolean
append_integer (GString    *out,
                const char *text,
                gsize       length,
                const char *separator)
{
  if (all_digits (text, length))
    {
      g_string_append_len (out, text, length);
      return TRUE;
    }
  return *separator != '\0' && append_grouped (out, text, length, separator);
}

gboolean
wep_parse_number (const char *text,
                  double     *value)
{
  const char *decimal, *grouping;
  g_autofree char *copy = NULL;
  g_autoptr (GString) ascii = g_string_new (NULL);
  const char *body, *point = NULL;
  gsize point_length = 0;
  double number;
  char other;
  char *end;

  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  copy = g_strstrip (g_strdup (text));
  body = copy;
  if (*body == '-' || *body == '+')
    {
      if (*body == '-')
        g_string_append_c (ascii, '-');
      body++;
    }
  else if (g_str_has_prefix (body, "\u2212")) /* − MINUS SIGN */
    {
      g_string_append_c (ascii, '-');
      body += strlen ("\u2212");
    }

  locale_separators (&decimal, &grouping);
  if (g_strcmp0 (decimal, grouping) == 0)
    grouping = "";
  other = strcmp (decimal, ".") == 0 ? ',' : '.';
  /* The locale's decimal separator, once. */
  if ((point = strstr (body, decimal)) != NULL)
    {
      if (strstr (point + strlen (decimal), decimal) != NULL)
        return FALSE;
      point_length = strlen (decimal);
    }
  /* Else the other separator: "1234.5" in Dutch, "1234,5" in English,
   * unless it groups thousands as the locale does ("1.234", "1,234"). */
  else if ((point = strchr (body, other)) != NULL)
    {
      g_autoptr (GString) grouped = g_string_new (NULL);
      char separator[2] = { other, '\0' };

      if (strcmp (grouping, separator) == 0
          && append_grouped (grouped, body, strlen (body), separator))
        point = NULL;
      else if (strchr (point + 1, other) != NULL)
        return FALSE;
      else
        point_length = 1;
    }

  if (point == NULL)
    {
      if (*body == '\0' || !append_integer (ascii, body, strlen (body), grouping))
        return FALSE;
    }
  else
    {
      const char *fraction = point + point_length;
      gsize n_int = (gsize) (point - body);

      if (n_int == 0 && *fraction == '\0')
        return FALSE;
      if (n_int > 0 && !append_integer (ascii, body, n_int, grouping))
        return FALSE;
      if (!all_digits (fraction, strlen (fraction)))
        return FALSE;
      g_string_append_c (ascii, '.');
      g_string_append (ascii, fraction);
    }

  number = g_ascii_strtod (ascii->str, &end);
  if (*end != '\0' || !isfinite (number))
    return FALSE;
  *value = number;
  return TRUE;
}

char *
wep_format_percent (double share)
{
  g_autofree char *number = NULL;

  if (isnan (share))
    return g_strdup ("—");
  number = g_strdup_printf ("%'.0f", share * 100.0);
  /* Translators: a percentage, %s is the number ("64%") */
  return g_strdup_printf (_("%s%%"), number);
}
