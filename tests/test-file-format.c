/* test-file-format.c: docs/file-format.md describes the schema the code
 * creates
 *
 * The page documents every table under a heading "### `table`", followed
 * by a Markdown table "| column | type | unit / values | meaning |" with one
 * row per column: the name in backticks, then the declared SQLite type.
 * These tests read the tables and columns of a new document and compare
 * them, in order and with their types, with what the page says; and they
 * check the header values and the limits the page gives against the code.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "wep-document-private.h"
#include "wep-test-util.h"

typedef struct
{
  char *name;
  char *type;
} Column;

typedef struct
{
  char      *name;
  GPtrArray *columns;   /* of Column */
  guint      line;      /* of its heading in the page; 0 for the schema */
  gboolean   has_column_table;
} Table;

static void
column_free (Column *column)
{
  g_free (column->name);
  g_free (column->type);
  g_free (column);
}

static void
table_free (Table *table)
{
  g_free (table->name);
  g_ptr_array_unref (table->columns);
  g_free (table);
}

static Table *
table_new (const char *name,
           guint       line)
{
  Table *table = g_new0 (Table, 1);

  table->name = g_strdup (name);
  table->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  table->line = line;
  return table;
}

static Column *
find_column (const Table *table,
             const char  *name)
{
  for (guint i = 0; i < table->columns->len; i++)
    {
      Column *column = g_ptr_array_index (table->columns, i);

      if (g_strcmp0 (column->name, name) == 0)
        return column;
    }
  return NULL;
}

static Table *
find_table (GPtrArray  *tables,
            const char *name)
{
  for (guint i = 0; i < tables->len; i++)
    {
      Table *table = g_ptr_array_index (tables, i);

      if (g_strcmp0 (table->name, name) == 0)
        return table;
    }
  return NULL;
}

/* ---- the schema ------------------------------------------------------ */

/* The tables of a new document in the order they were created, each with
 * its columns as PRAGMA table_info gives them. */
static GPtrArray *
read_schema_tables (void)
{
  g_autoptr (WepDocument) doc = wep_document_new ();
  sqlite3 *db = _wep_document_get_db (doc);
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, table_new ((const char *) sqlite3_column_text (stmt, 0), 0));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      Table *table = g_ptr_array_index (tables, i);
      g_autofree char *sql = g_strdup_printf ("PRAGMA table_info(\"%s\")", table->name);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          Column *column = g_new0 (Column, 1);

          column->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
          column->type = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
          g_ptr_array_add (table->columns, column);
        }
      sqlite3_finalize (stmt);
      g_assert_cmpuint (table->columns->len, >, 0);
    }
  g_assert_cmpuint (tables->len, >, 0);
  return tables;
}

/* ---- the page -------------------------------------------------------- */

static char *
doc_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "docs", "file-format.md", NULL);
}

static char **
read_doc_lines (void)
{
  g_autofree char *path = doc_path ();
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("Could not read %s: %s", path, error->message);
  return g_strsplit (contents, "\n", -1);
}

/* The cells of a Markdown table row, trimmed; "\|" does not split. */
static GStrv
split_row (const char *line)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GString) cell = g_string_new (NULL);
  const char *p = line;

  g_assert_true (*p == '|');
  for (p++; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] == '|')
        {
          g_string_append_c (cell, '|');
          p++;
        }
      else if (*p == '|')
        {
          g_strv_builder_add (builder, g_strstrip (cell->str));
          g_string_truncate (cell, 0);
        }
      else
        g_string_append_c (cell, *p);
    }
  /* Text after the last '|' is not a cell (a row ends with '|'). */
  return g_strv_builder_end (builder);
}

/* "`name`" gives "name"; anything else NULL. */
static char *
unquote (const char *cell)
{
  gsize n = strlen (cell);

  if (n < 3 || cell[0] != '`' || cell[n - 1] != '`' || memchr (cell + 1, '`', n - 2) != NULL)
    return NULL;
  return g_strndup (cell + 1, n - 2);
}

static gboolean
is_column_header (const char *line)
{
  g_auto (GStrv) cells = NULL;

  if (line[0] != '|')
    return FALSE;
  cells = split_row (line);
  return g_strv_length (cells) == 4 && g_str_equal (cells[0], "column")
         && g_str_equal (cells[1], "type") && g_str_equal (cells[2], "unit / values")
         && g_str_equal (cells[3], "meaning");
}

static gboolean
is_separator (const char *line)
{
  return line[0] == '|' && strspn (line, "|-: \t") == strlen (line) && strchr (line, '-') != NULL;
}

/* "### `name`" gives "name"; a heading that starts like one but is not
 * exactly of that form is a problem of the page. */
static char *
table_heading (const char *line,
               guint       number,
               GString    *problems)
{
  char *name;

  if (!g_str_has_prefix (line, "### `"))
    return NULL;
  name = unquote (line + 4);
  if (name == NULL || strspn (name, "abcdefghijklmnopqrstuvwxyz0123456789_") != strlen (name))
    {
      g_string_append_printf (problems,
                              "docs/file-format.md:%u: \"%s\" is not a table heading of the form "
                              "### `table_name`\n", number, line);
      g_clear_pointer (&name, g_free);
    }
  return name;
}

/* The tables the page documents, in its order, with their columns. */
static GPtrArray *
read_doc_tables (GString *problems)
{
  g_auto (GStrv) lines = read_doc_lines ();
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  Table *current = NULL;
  gboolean in_code = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      guint number = i + 1;
      g_autofree char *name = NULL;

      if (g_str_has_prefix (line, "```"))
        {
          in_code = !in_code;
          continue;
        }
      if (in_code)
        continue;

      if (line[0] == '#')
        {
          current = NULL;
          if ((name = table_heading (line, number, problems)) == NULL)
            continue;
          if (find_table (tables, name) != NULL)
            {
              g_string_append_printf (problems,
                                      "docs/file-format.md:%u: table \"%s\" is documented twice\n",
                                      number, name);
              continue;
            }
          current = table_new (name, number);
          g_ptr_array_add (tables, current);
          continue;
        }

      if (current == NULL || !is_column_header (line))
        continue;
      if (current->has_column_table)
        {
          g_string_append_printf (problems,
                                  "docs/file-format.md:%u: table \"%s\" has a second column "
                                  "table\n",
                                  number, current->name);
          continue;
        }
      current->has_column_table = TRUE;
      if (lines[i + 1] == NULL || !is_separator (lines[i + 1]))
        {
          g_string_append_printf (problems,
                                  "docs/file-format.md:%u: table \"%s\": the column table's header "
                                  "is not followed by a |---| line\n", number, current->name);
          continue;
        }
      for (i += 2; lines[i] != NULL && lines[i][0] == '|'; i++)
        {
          g_auto (GStrv) cells = split_row (lines[i]);
          g_autofree char *column_name = NULL;
          Column *column;

          number = i + 1;
          if (g_strv_length (cells) != 4)
            {
              g_string_append_printf (problems,
                                      "docs/file-format.md:%u: table \"%s\": a column row needs 4 "
                                      "cells, this one has %u\n",
                                      number, current->name, g_strv_length (cells));
              continue;
            }
          if ((column_name = unquote (cells[0])) == NULL)
            {
              g_string_append_printf (problems,
                                      "docs/file-format.md:%u: table \"%s\": the first cell "
                                      "\"%s\" is not a column name in backticks\n",
                                      number, current->name, cells[0]);
              continue;
            }
          if (find_column (current, column_name) != NULL)
            {
              g_string_append_printf (problems,
                                      "docs/file-format.md:%u: table \"%s\": column \"%s\" is "
                                      "documented twice\n",
                                      number, current->name, column_name);
              continue;
            }
          column = g_new0 (Column, 1);
          column->name = g_steal_pointer (&column_name);
          column->type = g_strdup (cells[1]);
          g_ptr_array_add (current->columns, column);
        }
      i--; /* the line that ended the table is looked at again */
    }

  for (guint i = 0; i < tables->len; i++)
    {
      Table *table = g_ptr_array_index (tables, i);

      if (!table->has_column_table)
        g_string_append_printf (problems,
                                "docs/file-format.md:%u: table \"%s\" has no column table "
                                "(| column | type | unit / values | meaning |)\n",
                                table->line, table->name);
    }
  return tables;
}

/* ---- comparing ----------------------------------------------------- */

static void
compare_columns (const Table *schema,
                 const Table *doc,
                 GString     *problems)
{
  gboolean same_set = TRUE;

  for (guint i = 0; i < schema->columns->len; i++)
    {
      Column *column = g_ptr_array_index (schema->columns, i);

      if (find_column (doc, column->name) == NULL)
        {
          g_string_append_printf (problems,
                                  "table \"%s\": column \"%s\" (%s) is in the schema but not "
                                  "in the section at docs/file-format.md:%u\n",
                                  schema->name, column->name, column->type, doc->line);
          same_set = FALSE;
        }
    }
  for (guint i = 0; i < doc->columns->len; i++)
    {
      Column *column = g_ptr_array_index (doc->columns, i);

      if (find_column (schema, column->name) == NULL)
        {
          g_string_append_printf (problems,
                                  "table \"%s\": docs/file-format.md documents a column "
                                  "\"%s\" that the schema does not have\n",
                                  schema->name, column->name);
          same_set = FALSE;
        }
    }
  if (!same_set)
    return;

  for (guint i = 0; i < schema->columns->len; i++)
    {
      Column *ours = g_ptr_array_index (schema->columns, i);
      Column *documented = g_ptr_array_index (doc->columns, i);

      if (g_strcmp0 (ours->name, documented->name) != 0)
        {
          g_string_append_printf (problems,
                                  "table \"%s\": column %u is \"%s\" in the schema but \"%s\" in "
                                  "docs/file-format.md (the order differs)\n",
                                  schema->name, i + 1, ours->name, documented->name);
          return;
        }
      if (g_strcmp0 (ours->type, documented->type) != 0)
        g_string_append_printf (problems,
                                "table \"%s\", column \"%s\": declared type \"%s\" in the schema, "
                                "\"%s\" in docs/file-format.md\n",
                                schema->name, ours->name, ours->type, documented->type);
    }
}

static void
report (GString *problems)
{
  if (problems->len > 0)
    {
      g_test_fail_printf ("docs/file-format.md does not match the code:\n%s", problems->str);
    }
}

static void
test_tables_and_columns (void)
{
  g_autoptr (GPtrArray) schema = read_schema_tables ();
  g_autoptr (GString) problems = g_string_new (NULL);
  g_autoptr (GPtrArray) doc = read_doc_tables (problems);

  for (guint i = 0; i < schema->len; i++)
    {
      Table *table = g_ptr_array_index (schema, i);
      Table *documented = find_table (doc, table->name);

      if (documented == NULL)
        g_string_append_printf (problems,
                                "table \"%s\" is in the schema but docs/file-format.md has no "
                                "section \"### `%s`\"\n",
                                table->name, table->name);
      else if (documented->has_column_table)
        compare_columns (table, documented, problems);
    }
  for (guint i = 0; i < doc->len; i++)
    {
      Table *documented = g_ptr_array_index (doc, i);

      if (find_table (schema, documented->name) == NULL)
        g_string_append_printf (problems,
                                "docs/file-format.md:%u documents a table \"%s\" that the schema "
                                "does not have\n",
                                documented->line, documented->name);
    }
  report (problems);
}

/* ---- header and limits -------------------------------------------- */

/* The rows of the first Markdown table whose header starts with the given
 * cells, after a heading line equal to heading (or anywhere when NULL). */
static GPtrArray *
find_doc_table (const char *heading,
                const char *first_header_cell,
                const char *second_header_cell)
{
  g_auto (GStrv) lines = read_doc_lines ();
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gboolean in_section = heading == NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) cells = NULL;

      if (heading != NULL && lines[i][0] == '#')
        in_section = g_str_equal (lines[i], heading);
      if (!in_section || lines[i][0] != '|')
        continue;
      cells = split_row (lines[i]);
      if (g_strv_length (cells) < 2 || !g_str_equal (cells[0], first_header_cell)
          || !g_str_equal (cells[1], second_header_cell) || lines[i + 1] == NULL)
        continue;
      for (i += 2; lines[i] != NULL && lines[i][0] == '|'; i++)
        g_ptr_array_add (rows, split_row (lines[i]));
      break;
    }
  if (rows->len == 0)
    g_test_fail_printf ("docs/file-format.md: no table \"| %s | %s |\"%s%s", first_header_cell,
                        second_header_cell, heading ? " under " : "", heading ? heading : "");
  return rows;
}

/* 1,000,000 gives 1000000; -1 when the cell has no digits. */
static gint64
parse_count (const char *cell)
{
  g_autoptr (GString) digits = g_string_new (NULL);

  for (const char *p = cell; *p != '\0' && *p != '('; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  return digits->len > 0 ? g_ascii_strtoll (digits->str, NULL, 10) : -1;
}

static gint64
pragma_value (sqlite3    *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
test_header (void)
{
  g_autoptr (WepDocument) doc = wep_document_new ();
  sqlite3 *db = _wep_document_get_db (doc);
  g_autoptr (GPtrArray) rows = find_doc_table (NULL, "pragma", "value");
  g_autoptr (GString) problems = g_string_new (NULL);
  struct { const char *cell; gint64 value; } expected[] = {
    { "`PRAGMA application_id`", pragma_value (db, "PRAGMA application_id") },
    { "`PRAGMA user_version`", pragma_value (db, "PRAGMA user_version") },
  };

  g_assert_cmpint (expected[0].value, ==, WEP_DOCUMENT_APPLICATION_ID);
  g_assert_cmpint (expected[1].value, ==, WEP_DOCUMENT_FORMAT_VERSION);

  for (guint k = 0; k < G_N_ELEMENTS (expected); k++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < rows->len; i++)
        {
          GStrv cells = g_ptr_array_index (rows, i);

          if (!g_str_equal (cells[0], expected[k].cell))
            continue;
          found = TRUE;
          if (parse_count (cells[1]) != expected[k].value)
            g_string_append_printf (problems,
                                    "%s: the code gives %" G_GINT64_FORMAT ", the page says "
                                    "\"%s\"\n",
                                    expected[k].cell, expected[k].value, cells[1]);
        }
      if (!found)
        g_string_append_printf (problems, "the pragma table has no row %s\n", expected[k].cell);
    }
  report (problems);
}

/* 16777216 gives "16,777,216", as the page writes numbers. */
static char *
with_separators (gint64 value)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  GString *out = g_string_new (NULL);
  gsize n = strlen (plain);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, plain[i]);
    }
  return g_string_free (out, FALSE);
}

static void
test_limits (void)
{
  g_autoptr (GPtrArray) schema = read_schema_tables ();
  g_autoptr (GPtrArray) rows = find_doc_table ("### Row limits", "table", "at most rows");
  g_autoptr (GString) problems = g_string_new (NULL);
  g_autofree char *path = doc_path ();
  g_autofree char *contents = NULL;
  const WepTableLimit *limits;
  guint n_limits;

  limits = _wep_document_table_limits (&n_limits);
  for (guint k = 0; k < n_limits; k++)
    {
      gboolean found = FALSE;

      if (find_table (schema, limits[k].table) == NULL)
        g_string_append_printf (problems, "the code limits a table \"%s\" that the schema does "
                                "not have\n", limits[k].table);
      for (guint i = 0; i < rows->len; i++)
        {
          GStrv cells = g_ptr_array_index (rows, i);
          g_autofree char *table = unquote (cells[0]);

          if (g_strcmp0 (table, limits[k].table) != 0)
            continue;
          found = TRUE;
          if (g_strv_length (cells) < 2 || parse_count (cells[1]) != limits[k].max_rows)
            g_string_append_printf (problems,
                                    "row limit of \"%s\": %" G_GINT64_FORMAT " in the code, "
                                    "\"%s\" in docs/file-format.md\n",
                                    limits[k].table, limits[k].max_rows,
                                    g_strv_length (cells) < 2 ? "" : cells[1]);
        }
      if (!found)
        g_string_append_printf (problems, "row limit of \"%s\" (%" G_GINT64_FORMAT ") is not in "
                                "the table under \"### Row limits\"\n",
                                limits[k].table, limits[k].max_rows);
    }
  for (guint i = 0; i < rows->len; i++)
    {
      GStrv cells = g_ptr_array_index (rows, i);
      g_autofree char *table = unquote (cells[0]);
      gboolean known = FALSE;

      for (guint k = 0; k < n_limits && !known; k++)
        known = g_strcmp0 (table, limits[k].table) == 0;
      if (!known)
        g_string_append_printf (problems, "docs/file-format.md gives a row limit for \"%s\", which "
                                "the code does not limit\n", cells[0]);
    }
  /* A received file is bounded in every table. */
  for (guint i = 0; i < schema->len; i++)
    {
      Table *table = g_ptr_array_index (schema, i);
      gboolean limited = FALSE;

      for (guint k = 0; k < n_limits && !limited; k++)
        limited = g_str_equal (table->name, limits[k].table);
      if (!limited)
        g_string_append_printf (problems, "table \"%s\" has no row limit in the code\n",
                                table->name);
    }

  /* The other limits, as the page writes them. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  {
    gint64 numbers[] = { WEP_MAX_TEXT_CHARS, WEP_MAX_BLOB_BYTES, WEP_MAX_FILE_BYTES };

    for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
      {
        g_autofree char *text = with_separators (numbers[k]);

        if (strstr (contents, text) == NULL)
          g_string_append_printf (problems, "docs/file-format.md does not mention the limit %s\n",
                                  text);
      }
  }
  report (problems);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-format/tables-and-columns", test_tables_and_columns);
  g_test_add_func ("/file-format/header", test_header);
  g_test_add_func ("/file-format/limits", test_limits);

  return g_test_run ();
}
