/* wep-import-match.c: numbers, dates and words as people write them in
 * Dutch spreadsheets, and municipalities and regions found by code or name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "wep-document-private.h"
#include "wep-import-table-private.h"
#include "wep-keys.h"

#define MAX_NUMBER_CHARS 40
#define MAX_CANDIDATES   3

char *
_wep_strip_or_null (char *text)
{
  const char *start, *end;
  char *stripped;

  if (text == NULL)
    return NULL;
  start = text;
  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  stripped = end > start ? g_strndup (start, end - start) : NULL;
  g_free (text);
  return stripped;
}

char *
_wep_format_value (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isfinite (value) && value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.10g", value));
}

/* ---- numbers ------------------------------------------------------------ */

static gboolean
all_digits (const char *text,
            gsize       length)
{
  if (length == 0)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* Digits in groups of three after a first group of one to three, the
 * groups separated by mark; the digits alone are appended to out. */
static gboolean
take_groups (const char *text,
             gsize       length,
             char        mark,
             GString    *out)
{
  gsize start = 0;
  guint group = 0;

  for (gsize i = 0; i <= length; i++)
    if (i == length || text[i] == mark)
      {
        gsize n = i - start;

        if (!all_digits (text + start, n) || (group == 0 ? n > 3 : n != 3))
          return FALSE;
        g_string_append_len (out, text + start, n);
        start = i + 1;
        group++;
      }
  return TRUE;
}

/* The rule, for text already stripped of white space around it:
 *
 * 1. A '+' or '-' may lead; a trailing '%' is refused (no column takes a
 *    percentage); anything but digits, '.', ',' and spaces is not a number.
 * 2. Spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F)
 *    group thousands: "1 234" and "1 234,5" are 1234 and 1234.5. The
 *    groups must be regular: one to three digits, then groups of three.
 * 3. With both '.' and ',', the one that comes last is the decimal mark
 *    and the other groups thousands: "1.234,5" = "1,234.5" = 1234.5.
 * 4. A mark that appears more than once groups thousands: "1.234.567".
 * 5. A mark that appears once is the decimal mark ("12,5" = "12.5" =
 *    12.5, "1234.5", "0,125"), except in the one ambiguous shape: one to
 *    three digits not starting with 0, the mark, exactly three digits
 *    ("1.234", "1,234"). That is read by the style of the file:
 *    - WEP_NUMBER_DUTCH (a CSV separated by semicolons or tabs, as Dutch
 *      Excel writes them): '.' groups thousands, 1.234 = 1234; ',' is the
 *      decimal mark, 1,234 = 1.234;
 *    - WEP_NUMBER_ENGLISH (a CSV separated by commas): '.' is the decimal
 *      mark, 1.234 = 1.234; ',' groups thousands, "1,234" = 1234;
 *    - WEP_NUMBER_SPREADSHEET (a text cell of XLSX or ODS, where GDAL also
 *      puts numbers of a column that mixes numbers and text, as "1.234"):
 *      either mark is the decimal mark.
 *    Cells typed as numbers in XLSX and ODS never come here.
 */
WepNumberResult
_wep_parse_number (const char    *text,
                   WepNumberStyle style,
                   double        *value)
{
  g_autoptr (GString) plain = g_string_new (NULL);
  g_autoptr (GString) number = g_string_new (NULL);
  const char *p = text, *s;
  gsize length, last;
  guint n_dots = 0, n_commas = 0;
  gboolean spaced = FALSE;
  char decimal = '\0', group = '\0';
  char *end;

  g_return_val_if_fail (text != NULL && value != NULL, WEP_NUMBER_NOT_A_NUMBER);

  if (*p == '+' || *p == '-')
    g_string_append_c (number, *p++);
  /* Spaces become ' ', everything else must be a digit or a mark. */
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == 0x00A0 || c == 0x202F)
        {
          g_string_append_c (plain, ' ');
          spaced = TRUE;
        }
      else if (c == '%' && p[1] == '\0' && plain->len > 0)
        {
          double ignored;

          return _wep_parse_number (g_strstrip (plain->str), style, &ignored) == WEP_NUMBER_OK
                 ? WEP_NUMBER_PERCENT : WEP_NUMBER_NOT_A_NUMBER;
        }
      else if (c < 128 && (g_ascii_isdigit (c) || c == '.' || c == ','))
        {
          g_string_append_c (plain, c);
          n_dots += c == '.';
          n_commas += c == ',';
        }
      else
        return WEP_NUMBER_NOT_A_NUMBER;
    }
  s = plain->str;
  length = plain->len;
  if (length == 0 || length > MAX_NUMBER_CHARS || !g_ascii_isdigit (s[length - 1]))
    return WEP_NUMBER_NOT_A_NUMBER;

  /* Where the decimal part starts, if anywhere, and what groups. */
  last = length;
  for (gsize i = 0; i < length; i++)
    if (s[i] == '.' || s[i] == ',')
      last = i;
  if (spaced)
    {
      if (n_dots + n_commas > 1)
        return WEP_NUMBER_NOT_A_NUMBER;
      group = ' ';
      decimal = last < length ? s[last] : '\0';
    }
  else if (n_dots > 0 && n_commas > 0)
    {
      decimal = s[last];
      group = decimal == '.' ? ',' : '.';
      if ((decimal == '.' ? n_dots : n_commas) != 1)
        return WEP_NUMBER_NOT_A_NUMBER;
    }
  else if (n_dots + n_commas > 1)
    {
      group = n_dots > 0 ? '.' : ',';
      last = length;
    }
  else if (n_dots + n_commas == 1)
    {
      gboolean ambiguous = last >= 1 && last <= 3 && s[0] != '0' && length - last - 1 == 3;

      decimal = s[last];
      if (ambiguous && ((style == WEP_NUMBER_DUTCH && decimal == '.')
                        || (style == WEP_NUMBER_ENGLISH && decimal == ',')))
        {
          group = decimal;
          decimal = '\0';
          last = length;
        }
    }

  if (last == 0)
    g_string_append_c (number, '0');
  else if (group != '\0' ? !take_groups (s, last, group, number) : !all_digits (s, last))
    return WEP_NUMBER_NOT_A_NUMBER;
  else if (group == '\0')
    g_string_append_len (number, s, last);
  if (decimal != '\0')
    {
      if (!all_digits (s + last + 1, length - last - 1))
        return WEP_NUMBER_NOT_A_NUMBER;
      g_string_append_c (number, '.');
      g_string_append_len (number, s + last + 1, length - last - 1);
    }

  *value = g_ascii_strtod (number->str, &end);
  if (*end != '\0' || !isfinite (*value))
    return WEP_NUMBER_NOT_A_NUMBER;
  return WEP_NUMBER_OK;
}

/* ---- dates -------------------------------------------------------------- */

static char *
iso_date (int year,
          int month,
          int day)
{
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31
      || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

char *
_wep_date_from_serial (double serial)
{
  GDate date;

  /* Days since 1899-12-30: right from 1900-03-01 on, where Excel's
   * serials and the calendar agree. */
  if (!isfinite (serial) || serial < 61 || serial >= 80000)
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 30, 12, 1899);
  g_date_add_days (&date, (guint) floor (serial));
  return iso_date (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
}

/* YYYY-MM-DD, DD-MM-YYYY and D-M-YYYY, with '-', '/' or '.' between; a
 * time after it (" 00:00:00", "T00:00") is left out. */
char *
_wep_parse_date (const char *text,
                 gboolean    allow_serial)
{
  int parts[3] = { 0, 0, 0 };
  guint digits[3] = { 0, 0, 0 }, n = 0;
  char separator = '\0';
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  if (allow_serial && all_digits (text, strlen (text)))
    return _wep_date_from_serial (g_ascii_strtod (text, NULL));

  for (; *p != '\0' && *p != ' ' && *p != 'T'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (++digits[n] > 4)
            return NULL;
          parts[n] = parts[n] * 10 + (*p - '0');
        }
      else if ((*p == '-' || *p == '/' || *p == '.') && digits[n] > 0 && n < 2
               && (separator == '\0' || separator == *p))
        {
          separator = *p;
          n++;
        }
      else
        return NULL;
    }
  if (n != 2 || digits[2] == 0)
    return NULL;
  for (; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr (" T:.,Z+-", *p) == NULL)
      return NULL;
  if (digits[0] == 4 && digits[1] <= 2 && digits[2] <= 2)
    return iso_date (parts[0], parts[1], parts[2]);
  if (digits[0] <= 2 && digits[1] <= 2 && digits[2] == 4)
    return iso_date (parts[2], parts[1], parts[0]);
  return NULL;
}

/* ---- codes and words ---------------------------------------------------- */

gboolean
_wep_parse_municipality_code (const char *text,
                              char        code[7])
{
  g_autofree char *folded = wep_fold_for_match (text);
  const char *digits = folded;
  guint64 number;

  if (g_str_has_prefix (digits, "gm"))
    digits += 2;
  if (!all_digits (digits, strlen (digits)) || strlen (digits) > 4)
    return FALSE;
  /* wep_fold_for_match drops everything but letters and digits: make sure
   * the text had nothing else but spaces. */
  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != ' ')
      return FALSE;
  number = g_ascii_strtoull (digits, NULL, 10);
  if (number == 0)
    return FALSE;
  g_snprintf (code, 7, "GM%04u", (guint) number);
  return TRUE;
}

typedef struct
{
  const char *key;
  const char *words[12];   /* folded (wep_fold_for_match), NULL-terminated */
} WordList;

static const char *
find_word (const WordList *lists,
           guint           n_lists,
           const char     *text)
{
  g_autofree char *folded = wep_fold_for_match (text);

  for (guint i = 0; i < n_lists; i++)
    for (guint w = 0; lists[i].words[w] != NULL; w++)
      if (g_str_equal (folded, lists[i].words[w]))
        return lists[i].key;
  return NULL;
}

const char *
_wep_parse_pathway (const char *text)
{
  static const WordList pathways[] = {
    { "hf", { "hf", "housingfirst", NULL } },
    { "ind", { "ind", "zelfstandig", "zelfstandigwonen", "zelfstandigmetbegeleiding",
               "zelfstandigwonenmetbegeleiding", "zelfstandigmetambulantebegeleiding",
               "ambulant", "ambulantebegeleiding", "independent", "independentliving",
               "independentlivingwithambulantsupport", NULL } },
    { "grp", { "grp", "geclusterd", "geclusterdwonen", "geclusterdbeschermdwonen",
               "beschermdwonengeclusterd", "geclusterdwonenmetbegeleiding", "clustered",
               "clusteredsupportedhousing", NULL } },
  };
  const char *key = find_word (pathways, G_N_ELEMENTS (pathways), text);
  g_autofree char *folded = NULL;

  if (key != NULL)
    return key;
  /* The labels in the language of the user. */
  folded = wep_fold_for_match (text);
  for (int k = 0; k < WEP_N_HOUSING; k++)
    {
      g_autofree char *label = wep_fold_for_match (wep_pathway_label (k));

      if (g_str_equal (folded, label))
        return wep_pathway_key (k);
    }
  return NULL;
}

const char *
_wep_parse_status (const char *text)
{
  static const WordList statuses[] = {
    { "gepland", { "gepland", "planned", "plan", NULL } },
    { "in_aanbouw", { "inaanbouw", "aanbouw", "inbouw", "underconstruction", "inconstruction",
                      NULL } },
    { "gerealiseerd", { "gerealiseerd", "opgeleverd", "gereed", "realised", "realized",
                        "completed", NULL } },
  };

  return find_word (statuses, G_N_ELEMENTS (statuses), text);
}

const char *
_wep_parse_region_kind (const char *text)
{
  static const WordList kinds[] = {
    { "centrumgemeente", { "centrumgemeente", "centrumgemeenteregio", "cg",
                           "centralmunicipality", NULL } },
    { "woningmarktregio", { "woningmarktregio", "wmr", "housingmarketregion", NULL } },
    { "provincie", { "provincie", "province", NULL } },
    { "eigen", { "eigen", "eigenindeling", "eigenregio", "own", "custom", NULL } },
  };

  return find_word (kinds, G_N_ELEMENTS (kinds), text);
}

/* ---- places ------------------------------------------------------------- */

struct _WepPlaceIndex
{
  GPtrArray  *places;    /* of WepPlace * */
  GHashTable *by_code;   /* code → WepPlace * */
  gboolean    regions;
};

/* Other names of the same municipality, folded; "'s-Hertogenbosch" and
 * "s-Hertogenbosch" fold alike already. */
static const char *const synonyms[][2] = {
  { "denbosch", "shertogenbosch" },
  { "hertogenbosch", "shertogenbosch" },
  { "denhaag", "sgravenhage" },
  { "thehague", "sgravenhage" },
  { "nuenen", "nuenengerwenennederwetten" },
};

/* The folded name before a "(…)" suffix, with synonyms resolved, and the
 * folded suffix. */
static void
split_name (const char *name,
            char      **base,
            char      **suffix)
{
  const char *open = strchr (name, '(');
  g_autofree char *before = open != NULL ? g_strndup (name, open - name) : g_strdup (name);
  g_autofree char *inside = g_strdup (open != NULL ? open + 1 : "");

  *base = wep_fold_for_match (before);
  *suffix = wep_fold_for_match (inside);
  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    if (g_str_equal (*base, synonyms[i][0]))
      {
        g_free (*base);
        *base = g_strdup (synonyms[i][1]);
      }
}

static void
place_free (WepPlace *place)
{
  g_free (place->code);
  g_free (place->name);
  g_free (place->kind);
  g_free (place->full);
  g_free (place->base);
  g_free (place->suffix);
  g_free (place);
}

static WepPlaceIndex *
index_load (WepDocument *doc,
            const char  *sql,
            gboolean     regions)
{
  WepPlaceIndex *index = g_new0 (WepPlaceIndex, 1);
  g_autoptr (sqlite3_stmt) stmt = _wep_sqlite_prepare (_wep_document_get_db (doc), sql, NULL);

  index->places = g_ptr_array_new_with_free_func ((GDestroyNotify) place_free);
  index->by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  index->regions = regions;
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      WepPlace *place = g_new0 (WepPlace, 1);

      place->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      place->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      if (regions)
        place->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      place->full = wep_fold_for_match (place->name);
      split_name (place->name, &place->base, &place->suffix);
      g_ptr_array_add (index->places, place);
      g_hash_table_insert (index->by_code, g_ascii_strdown (place->code, -1), place);
    }
  return index;
}

WepPlaceIndex *
_wep_place_index_municipalities (WepDocument *doc)
{
  return index_load (doc, "SELECT code, name FROM municipalities ORDER BY code", FALSE);
}

WepPlaceIndex *
_wep_place_index_regions (WepDocument *doc)
{
  return index_load (doc, "SELECT code, name, kind FROM regions ORDER BY code", TRUE);
}

void
_wep_place_index_free (WepPlaceIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->by_code);
  g_ptr_array_unref (index->places);
  g_free (index);
}

const WepPlace *
_wep_place_index_get (WepPlaceIndex *index,
                      const char    *code)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (index != NULL, NULL);

  if (code == NULL)
    return NULL;
  lower = g_ascii_strdown (code, -1);
  return g_hash_table_lookup (index->by_code, lower);
}

static guint
levenshtein (const char *a,
             const char *b)
{
  gsize n = strlen (a), m = strlen (b);
  g_autofree guint *row = g_new (guint, m + 1);

  for (gsize j = 0; j <= m; j++)
    row[j] = j;
  for (gsize i = 1; i <= n; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (gsize j = 1; j <= m; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] != b[j - 1]));
          diagonal = above;
        }
    }
  return row[m];
}

typedef struct
{
  const WepPlace *place;
  guint           distance;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->distance != y->distance)
    return x->distance < y->distance ? -1 : 1;
  return g_strcmp0 (x->place->code, y->place->code);
}

static char *
describe_places (GPtrArray *places)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < places->len; i++)
    {
      const WepPlace *place = g_ptr_array_index (places, i);

      g_string_append_printf (out, "%s%s %s", i > 0 ? ", " : "", place->code, place->name);
    }
  return g_string_free (out, FALSE);
}

/* The names closest to folded (at most MAX_CANDIDATES, none far off). */
static char *
closest (WepPlaceIndex *index,
         const char    *folded)
{
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr (GPtrArray) places = g_ptr_array_new ();
  guint limit = MAX (2, strlen (folded) / 2);

  if (strlen (folded) > 100)
    return NULL;
  for (guint i = 0; i < index->places->len; i++)
    {
      const WepPlace *place = g_ptr_array_index (index->places, i);
      g_autofree char *code = wep_fold_for_match (place->code);
      Candidate c = { place, MIN (levenshtein (folded, place->full),
                                  levenshtein (folded, place->base)) };

      if (index->regions)
        c.distance = MIN (c.distance, levenshtein (folded, code));
      if (c.distance <= limit)
        g_array_append_val (candidates, c);
    }
  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len && i < MAX_CANDIDATES; i++)
    g_ptr_array_add (places, (gpointer) g_array_index (candidates, Candidate, i).place);
  return places->len > 0 ? describe_places (places) : NULL;
}

WepMatch
_wep_place_index_match (WepPlaceIndex   *index,
                        const char      *text,
                        const WepPlace **place,
                        char           **candidates)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();
  g_autofree char *full = NULL, *base = NULL, *suffix = NULL;

  g_return_val_if_fail (index != NULL && text != NULL && place != NULL, WEP_MATCH_UNKNOWN);

  *place = NULL;
  if (candidates != NULL)
    *candidates = NULL;
  if (index->regions && (*place = _wep_place_index_get (index, text)) != NULL)
    return WEP_MATCH_FOUND;
  /* "Gemeente Zwolle" is Zwolle. */
  if (!index->regions && g_ascii_strncasecmp (text, "gemeente ", 9) == 0)
    text += 9;

  full = wep_fold_for_match (text);
  split_name (text, &base, &suffix);
  for (guint i = 0; i < index->places->len; i++)
    if (g_str_equal (((WepPlace *) g_ptr_array_index (index->places, i))->full, full))
      g_ptr_array_add (found, g_ptr_array_index (index->places, i));
  /* "Middelburg (Z.)" is "Middelburg", but "Bergen (L.)" not "Bergen (NH.)". */
  if (found->len == 0)
    for (guint i = 0; i < index->places->len; i++)
      {
        WepPlace *p = g_ptr_array_index (index->places, i);

        if (*base != '\0' && g_str_equal (p->base, base)
            && (*suffix == '\0' || *p->suffix == '\0' || g_str_equal (p->suffix, suffix)))
          g_ptr_array_add (found, p);
      }

  if (found->len == 1)
    {
      *place = g_ptr_array_index (found, 0);
      return WEP_MATCH_FOUND;
    }
  if (found->len > 1)
    {
      if (candidates != NULL)
        *candidates = describe_places (found);
      return WEP_MATCH_AMBIGUOUS;
    }
  if (candidates != NULL)
    *candidates = closest (index, full);
  return WEP_MATCH_UNKNOWN;
}
