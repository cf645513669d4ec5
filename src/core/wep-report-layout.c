/* wep-report-layout.c: the report's blocks cut into pages
 *
 * Every block is measured once with Pango in a context of its own: 72
 * units an inch, no hinting of metrics and no rounding of glyph
 * positions, so the lines break the same way whatever the page is drawn
 * on (a PDF surface, a printer's cairo context at any resolution). Then
 * the blocks flow down the text area, page after page:
 *
 *   - a heading stays with what follows it (its first two lines, a
 *     table's caption, header and first two rows, a figure);
 *   - a paragraph breaks between lines, leaving at least two lines on
 *     each page (no widows or orphans);
 *   - a table breaks between rows: the caption, marked "(continued)", and
 *     the column headers repeat at the top of the next page, at least two
 *     rows go with a header, and the note stays with the last row;
 *   - a figure moves to the next page whole.
 *
 * The title page comes first; when the report is longer than four pages
 * a table of contents follows it, and the page numbers count both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wep-report-layout-private.h"

#define MARGIN_SIDE    62.0
#define MARGIN_TOP     72.0
#define MARGIN_BOTTOM  66.0

#define BODY_SIZE      10.0
#define LEAD_SIZE      11.0
#define NOTE_SIZE      8.0
#define H1_SIZE        16.5
#define H2_SIZE        12.0
#define TABLE_SIZE     8.4
#define CAPTION_SIZE   9.4
#define TABLE_NOTE_SIZE 7.6
#define BULLET_INDENT  14.0
#define CELL_PAD_X     4.0
#define CELL_PAD_Y     3.2

/* At least this many lines of a paragraph, or rows of a table, on a page. */
#define KEEP           2
/* A paragraph of at most this many lines before a table or figure stays
 * with it; a table of at most this many rows that fits on a page is not
 * broken. */
#define INTRO_LINES    5
#define WHOLE_ROWS     24
/* A figure draws into any height: at the foot of a page it may give up
 * some of its height rather than leave the rest of the page empty. */
#define FIGURE_SHRINK      0.72
#define FIGURE_MIN_HEIGHT  220.0

/* The contents: line heights and how many lines make it a page. */
#define TOC_LINE_1     19.0
#define TOC_LINE_2     15.0
#define MAX_TOC_PAGES  4

PangoLayout *
_wep_report_layout_new (PangoContext *context,
                        const char   *markup,
                        double        size,
                        gboolean      bold,
                        double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_new ();
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_family (font, WEP_REPORT_FONT);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Figures of the same width, so that columns of numbers line up. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_markup (layout, markup != NULL ? markup : "", -1);
  return layout;
}

void
_wep_report_set_rgb (cairo_t *cr,
                     guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  if (layout == NULL)
    return 0.0;
  pango_layout_get_extents (layout, NULL, &logical);
  return logical.height / (double) PANGO_SCALE;
}

/* ---- measuring ------------------------------------------------------------- */

static void
measured_free (gpointer data)
{
  WepMeasured *m = data;
  guint n_columns = m->block->columns != NULL ? m->block->columns->len : 0;

  g_clear_object (&m->layout);
  g_free (m->line_top);
  g_free (m->line_bottom);
  g_free (m->line_x);
  g_free (m->baseline);
  g_free (m->column_x);
  g_free (m->column_width);
  g_clear_object (&m->caption);
  g_clear_object (&m->continued);
  g_clear_object (&m->note);
  if (m->spans != NULL)
    for (guint i = 0; i < m->block->spans->len; i++)
      g_clear_object (&m->spans[i]);
  g_free (m->spans);
  if (m->header != NULL)
    for (guint i = 0; i < n_columns; i++)
      g_clear_object (&m->header[i]);
  g_free (m->header);
  if (m->cells != NULL)
    for (guint r = 0; r < m->block->rows->len; r++)
      {
        for (guint i = 0; m->cells[r][i] != NULL; i++)
          g_object_unref (m->cells[r][i]);
        g_free (m->cells[r]);
      }
  g_free (m->cells);
  g_free (m->row_height);
  g_free (m);
}

/* The lines of a text block: where each starts and ends. */
static void
measure_lines (WepMeasured *m)
{
  PangoLayoutIter *iter = pango_layout_get_iter (m->layout);
  guint i = 0;

  m->n_lines = pango_layout_get_line_count (m->layout);
  m->line_top = g_new (double, m->n_lines);
  m->line_bottom = g_new (double, m->n_lines);
  m->line_x = g_new (double, m->n_lines);
  m->baseline = g_new (double, m->n_lines);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      m->line_top[i] = y0 / (double) PANGO_SCALE;
      m->line_bottom[i] = y1 / (double) PANGO_SCALE;
      m->line_x[i] = logical.x / (double) PANGO_SCALE;
      m->baseline[i] = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter) && i < m->n_lines);
  pango_layout_iter_free (iter);
}

static void
measure_text (WepMeasured  *m,
              PangoContext *context,
              double        width)
{
  WepReportBlock *block = m->block;
  double size = BODY_SIZE;
  gboolean bold = FALSE;

  if (block->kind == WEP_BLOCK_HEADING)
    {
      g_autofree char *markup = g_strdup_printf ("%s\xe2\x80\x82%s", block->number,
                                                 block->markup);

      size = block->level == 1 ? H1_SIZE : H2_SIZE;
      m->layout = _wep_report_layout_new (context, markup, size, TRUE, width);
      m->space_before = block->level == 1 ? 22.0 : 13.0;
      m->space_after = block->level == 1 ? 8.0 : 4.0;
      measure_lines (m);
      return;
    }

  switch (block->style)
    {
    case WEP_TEXT_LEAD:
      size = LEAD_SIZE;
      break;
    case WEP_TEXT_NOTE:
      size = NOTE_SIZE;
      break;
    case WEP_TEXT_BULLET:
      m->indent = BULLET_INDENT;
      break;
    case WEP_TEXT_BODY:
    default:
      break;
    }
  m->layout = _wep_report_layout_new (context, block->markup, size, bold, width - m->indent);
  pango_layout_set_line_spacing (m->layout, block->style == WEP_TEXT_NOTE ? 1.15 : 1.25);
  m->space_after = block->style == WEP_TEXT_BULLET ? 4.0 : block->style == WEP_TEXT_NOTE ? 5.0 : 8.0;
  measure_lines (m);
}

/* Figures do not wrap: a right-aligned column as wide as its widest
 * cell needs, the room taken from the text columns (which wrap), down to
 * half their width. */
static void
fit_figures (WepMeasured  *m,
             PangoContext *context)
{
  WepReportBlock *block = m->block;
  guint n_columns = block->columns->len;
  g_autofree double *need = g_new0 (double, n_columns);
  double deficit = 0.0, spare = 0.0, taken;

  for (guint c = 0; c < n_columns; c++)
    {
      if (g_array_index (block->columns, WepReportColumn, c).align != PANGO_ALIGN_RIGHT)
        continue;
      for (guint r = 0; r < block->rows->len; r++)
        {
          const WepReportRow *row = g_ptr_array_index (block->rows, r);
          g_autofree char *markup = NULL;
          g_autoptr (PangoLayout) layout = NULL;
          PangoRectangle logical;

          if (row->flags & WEP_ROW_GROUP)
            continue;
          markup = g_markup_escape_text (row->cells[c], -1);
          layout = _wep_report_layout_new (context, markup, TABLE_SIZE,
                                           (row->flags & WEP_ROW_TOTAL) != 0, -1);
          pango_layout_get_extents (layout, NULL, &logical);
          need[c] = MAX (need[c], logical.width / (double) PANGO_SCALE + 2 * CELL_PAD_X + 1.0);
        }
      deficit += MAX (need[c] - m->column_width[c], 0.0);
    }
  for (guint c = 0; c < n_columns; c++)
    if (g_array_index (block->columns, WepReportColumn, c).align != PANGO_ALIGN_RIGHT)
      spare += m->column_width[c] / 2;
  if (deficit <= 0.0 || spare <= 0.0)
    return;
  /* What the text columns can give, shared out over the figures'. */
  taken = MIN (deficit, spare);
  for (guint c = 0; c < n_columns; c++)
    {
      if (g_array_index (block->columns, WepReportColumn, c).align != PANGO_ALIGN_RIGHT)
        m->column_width[c] -= taken * (m->column_width[c] / 2) / spare;
      else if (need[c] > m->column_width[c])
        m->column_width[c] += (need[c] - m->column_width[c]) * taken / deficit;
    }
}

static void
measure_table (WepMeasured  *m,
               PangoContext *context,
               double        width)
{
  WepReportBlock *block = m->block;
  guint n_columns = block->columns->len;
  double total = 0.0, x = 0.0;
  g_autofree char *continued = NULL;

  m->column_x = g_new (double, n_columns + 1);
  m->column_width = g_new (double, n_columns);
  for (guint c = 0; c < n_columns; c++)
    total += g_array_index (block->columns, WepReportColumn, c).weight;
  for (guint c = 0; c < n_columns; c++)
    m->column_width[c] = width * g_array_index (block->columns, WepReportColumn, c).weight
                         / total;
  fit_figures (m, context);
  for (guint c = 0; c < n_columns; c++)
    {
      m->column_x[c] = x;
      x += m->column_width[c];
    }
  m->column_x[n_columns] = width;

  if (block->caption != NULL)
    {
      /* Translators: after a table's caption at the top of its next page */
      continued = g_strdup_printf (_("%s (continued)"), block->caption);
      m->caption = _wep_report_layout_new (context, block->caption, CAPTION_SIZE, TRUE, width);
      m->continued = _wep_report_layout_new (context, continued, CAPTION_SIZE, TRUE, width);
      m->caption_height = MAX (layout_height (m->caption), layout_height (m->continued)) + 4.0;
    }

  if (block->spans != NULL)
    {
      guint column = 0;

      m->spans = g_new0 (PangoLayout *, block->spans->len);
      for (guint i = 0; i < block->spans->len; i++)
        {
          const WepReportSpan *span = &g_array_index (block->spans, WepReportSpan, i);
          double span_width = m->column_x[MIN (column + span->span, n_columns)]
                              - m->column_x[MIN (column, n_columns)];
          g_autofree char *markup = g_markup_escape_text (span->title, -1);

          m->spans[i] = _wep_report_layout_new (context, markup, TABLE_SIZE, TRUE,
                                                span_width - 2 * CELL_PAD_X);
          pango_layout_set_alignment (m->spans[i], PANGO_ALIGN_CENTER);
          m->span_height = MAX (m->span_height, layout_height (m->spans[i]) + 2 * CELL_PAD_Y);
          column += span->span;
        }
    }

  m->header = g_new0 (PangoLayout *, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      const WepReportColumn *column = &g_array_index (block->columns, WepReportColumn, c);
      g_autofree char *markup = g_markup_escape_text (column->title, -1);

      m->header[c] = _wep_report_layout_new (context, markup, TABLE_SIZE, TRUE,
                                             m->column_width[c] - 2 * CELL_PAD_X);
      pango_layout_set_alignment (m->header[c], column->align);
      m->header_height = MAX (m->header_height, layout_height (m->header[c]) + 2 * CELL_PAD_Y);
    }

  m->cells = g_new0 (PangoLayout **, block->rows->len);
  m->row_height = g_new0 (double, block->rows->len);
  for (guint r = 0; r < block->rows->len; r++)
    {
      const WepReportRow *row = g_ptr_array_index (block->rows, r);
      guint n = row->flags & WEP_ROW_GROUP ? 1 : n_columns;

      m->cells[r] = g_new0 (PangoLayout *, n + 1);
      for (guint c = 0; c < n; c++)
        {
          const WepReportColumn *column = &g_array_index (block->columns, WepReportColumn, c);
          g_autofree char *markup = g_markup_escape_text (row->cells[c], -1);
          double cell_width = (n == 1 && n_columns > 1 ? width : m->column_width[c])
                              - 2 * CELL_PAD_X;

          m->cells[r][c] = _wep_report_layout_new (context, markup, TABLE_SIZE,
                                                   (row->flags & (WEP_ROW_TOTAL | WEP_ROW_GROUP)) != 0,
                                                   cell_width);
          if (n > 1)
            pango_layout_set_alignment (m->cells[r][c], column->align);
          m->row_height[r] = MAX (m->row_height[r],
                                  layout_height (m->cells[r][c]) + 2 * CELL_PAD_Y);
        }
      if (row->flags & WEP_ROW_GROUP)
        m->row_height[r] += 3.0;
    }

  if (block->note != NULL)
    {
      m->note = _wep_report_layout_new (context, block->note, TABLE_NOTE_SIZE, FALSE, width);
      pango_layout_set_line_spacing (m->note, 1.15);
      m->note_height = layout_height (m->note) + 4.0;
    }
  m->space_before = 4.0;
  m->space_after = 12.0;
}

static WepMeasured *
measure (WepReportBlock     *block,
         PangoContext       *context,
         const WepPageFrame *frame)
{
  WepMeasured *m = g_new0 (WepMeasured, 1);
  double width = frame->right - frame->left;

  m->block = block;
  switch (block->kind)
    {
    case WEP_BLOCK_HEADING:
    case WEP_BLOCK_PARAGRAPH:
      measure_text (m, context, width);
      break;
    case WEP_BLOCK_TABLE:
      measure_table (m, context, width);
      break;
    case WEP_BLOCK_FIGURE:
      m->figure_height = MIN (width * block->aspect, frame->bottom - frame->top);
      m->space_before = 4.0;
      m->space_after = 12.0;
      break;
    case WEP_BLOCK_PAGE_BREAK:
    default:
      break;
    }
  return m;
}

/* ---- cutting into pages ----------------------------------------------------- */

typedef struct
{
  WepReportPages *pages;
  GArray         *page;   /* of WepPlaced, the page being filled */
  double          y;
} Flow;

static void
new_page (Flow *flow)
{
  flow->page = g_array_new (FALSE, FALSE, sizeof (WepPlaced));
  g_ptr_array_add (flow->pages->pages, flow->page);
  flow->y = flow->pages->frame.top;
}

static gboolean
page_is_empty (const Flow *flow)
{
  return flow->page->len == 0;
}

static double
room (const Flow *flow)
{
  return flow->pages->frame.bottom - flow->y;
}

/* Space above a block: none at the top of a page. */
static double
space_before (const Flow        *flow,
              const WepMeasured *m)
{
  return page_is_empty (flow) ? 0.0 : m->space_before;
}

static double
lines_height (const WepMeasured *m,
              guint              first,
              guint              last)
{
  return last > first ? m->line_bottom[last - 1] - m->line_top[first] : 0.0;
}

static double
rows_height (const WepMeasured *m,
             guint              first,
             guint              last)
{
  double height = 0.0;

  for (guint r = first; r < last; r++)
    height += m->row_height[r];
  return height;
}

static double
table_head_height (const WepMeasured *m)
{
  return m->caption_height + m->span_height + m->header_height;
}

static double
table_height (const WepMeasured *m)
{
  return table_head_height (m) + rows_height (m, 0, m->block->rows->len) + m->note_height;
}

/* A short table that fits on a page goes on one page. */
static gboolean
keeps_whole (const WepReportPages *pages,
             const WepMeasured    *m)
{
  return m->block->rows->len <= WHOLE_ROWS
         && table_height (m) <= pages->frame.bottom - pages->frame.top;
}

/* A short paragraph just before a table or figure introduces it, and
 * stays on its page. */
static gboolean
introduces (WepReportPages *pages,
            guint           i)
{
  WepMeasured *m = g_ptr_array_index (pages->measured, i);
  WepMeasured *next;

  if (i + 1 >= pages->measured->len || m->n_lines > INTRO_LINES)
    return FALSE;
  next = g_ptr_array_index (pages->measured, i + 1);
  return next->block->kind == WEP_BLOCK_TABLE || next->block->kind == WEP_BLOCK_FIGURE;
}

static double least_height (WepReportPages *pages,
                            guint           i);

/* The least of a block that must go on a page with what comes before it. */
static double
least_height (WepReportPages *pages,
              guint           i)
{
  WepMeasured *m;
  guint n;

  if (i >= pages->measured->len)
    return 0.0;
  m = g_ptr_array_index (pages->measured, i);
  switch (m->block->kind)
    {
    case WEP_BLOCK_HEADING:
      return m->space_before + lines_height (m, 0, m->n_lines) + m->space_after
             + least_height (pages, i + 1);
    case WEP_BLOCK_PARAGRAPH:
      if (introduces (pages, i))
        return lines_height (m, 0, m->n_lines) + m->space_after + least_height (pages, i + 1);
      n = m->n_lines <= 2 * KEEP ? m->n_lines : KEEP;
      return lines_height (m, 0, n);
    case WEP_BLOCK_TABLE:
      n = keeps_whole (pages, m) ? m->block->rows->len : MIN (m->block->rows->len, KEEP);
      return m->space_before + table_head_height (m) + rows_height (m, 0, n)
             + (n == m->block->rows->len ? m->note_height : 0.0);
    case WEP_BLOCK_FIGURE:
      return m->space_before + MAX (FIGURE_SHRINK * m->figure_height,
                                    MIN (m->figure_height, FIGURE_MIN_HEIGHT));
    case WEP_BLOCK_PAGE_BREAK:
    default:
      return 0.0;
    }
}

static void
place (Flow        *flow,
       WepMeasured *m,
       double       height,
       guint        first,
       guint        last,
       gboolean     continued,
       gboolean     with_note)
{
  WepPlaced placed = { m, flow->y, height, first, last, continued, with_note };

  g_array_append_val (flow->page, placed);
  flow->y += height;
}

static void
flow_heading (Flow  *flow,
              guint  i)
{
  WepMeasured *m = g_ptr_array_index (flow->pages->measured, i);
  double need = least_height (flow->pages, i) - m->space_before + space_before (flow, m);

  if (!page_is_empty (flow) && need > room (flow))
    new_page (flow);
  flow->y += space_before (flow, m);
  place (flow, m, lines_height (m, 0, m->n_lines), 0, m->n_lines, FALSE, FALSE);
  flow->y += m->space_after;
}

static void
flow_paragraph (Flow  *flow,
                guint  i)
{
  WepMeasured *m = g_ptr_array_index (flow->pages->measured, i);
  guint first = 0;

  if (!page_is_empty (flow) && introduces (flow->pages, i)
      && least_height (flow->pages, i) > room (flow))
    new_page (flow);

  while (first < m->n_lines)
    {
      guint left = m->n_lines - first, last = first;

      while (last < m->n_lines && lines_height (m, first, last + 1) <= room (flow))
        last++;
      /* Not the last two lines apart, nor a single first line left behind. */
      if (last < m->n_lines && left > 2 * KEEP - 1 && m->n_lines - last < KEEP)
        last = m->n_lines - KEEP;
      if (last < m->n_lines && (last - first < KEEP || left <= 2 * KEEP - 1))
        last = first;
      if (last == first)
        {
          if (page_is_empty (flow))
            last = first + 1;   /* a line taller than a page: place it anyway */
          else
            {
              new_page (flow);
              continue;
            }
        }
      place (flow, m, lines_height (m, first, last), first, last, FALSE, FALSE);
      first = last;
      if (first < m->n_lines)
        new_page (flow);
    }
  flow->y += m->space_after;
}

static void
flow_table (Flow        *flow,
            WepMeasured *m)
{
  guint n_rows = m->block->rows->len, first = 0;
  gboolean continued = FALSE;

  if (!page_is_empty (flow) && keeps_whole (flow->pages, m)
      && space_before (flow, m) + table_height (m) > room (flow))
    new_page (flow);
  flow->y += space_before (flow, m);
  if (n_rows == 0)
    {
      /* Only the header and the note, which says why. */
      place (flow, m, table_head_height (m) + m->note_height, 0, 0, FALSE, TRUE);
      flow->y += m->space_after;
      return;
    }
  do
    {
      double available = room (flow) - table_head_height (m);
      double height = 0.0;
      guint last = first;

      while (last < n_rows
             && height + m->row_height[last] + (last + 1 == n_rows ? m->note_height : 0.0)
                  <= available)
        height += m->row_height[last++];
      /* The last rows do not leave the note behind alone, and a header
       * has rows under it. */
      if (last < n_rows && last - first >= KEEP && n_rows - last < KEEP && n_rows - first > KEEP)
        last = MAX (first + KEEP, n_rows - KEEP);
      if (last < n_rows && last - first < KEEP && !page_is_empty (flow))
        {
          new_page (flow);
          continue;
        }
      if (last == first)
        last = first + 1;   /* a row taller than a page: place it anyway */
      place (flow, m, table_head_height (m) + rows_height (m, first, last)
                        + (last == n_rows ? m->note_height : 0.0),
             first, last, continued, last == n_rows);
      first = last;
      continued = TRUE;
      if (first < n_rows)
        new_page (flow);
    }
  while (first < n_rows);
  flow->y += m->space_after;
}

static void
flow_figure (Flow        *flow,
             WepMeasured *m)
{
  double height = m->figure_height;
  double available = room (flow) - space_before (flow, m);

  if (!page_is_empty (flow) && height > available)
    {
      if (available >= MAX (FIGURE_SHRINK * height, FIGURE_MIN_HEIGHT))
        height = available;
      else
        new_page (flow);
    }
  flow->y += space_before (flow, m);
  place (flow, m, height, 0, 0, FALSE, FALSE);
  flow->y += m->space_after;
}

static void
toc_entry_clear (gpointer data)
{
  WepTocEntry *entry = data;

  g_free (entry->number);
  g_free (entry->title);
}

/* The contents: every heading with the page it is on, counted from the
 * title page. Its pages are counted first, by how many lines fit. */
static void
make_toc (WepReportPages *pages)
{
  double height = pages->frame.bottom - pages->frame.top - 40.0;
  guint n_entries = 0;

  pages->toc = g_array_new (FALSE, TRUE, sizeof (WepTocEntry));
  g_array_set_clear_func (pages->toc, toc_entry_clear);
  if (1 + pages->pages->len <= 4)
    return;

  for (guint i = 0; i < pages->measured->len; i++)
    if (((WepMeasured *) g_ptr_array_index (pages->measured, i))->block->kind == WEP_BLOCK_HEADING)
      n_entries++;
  pages->toc_per_page = MAX ((guint) (height / TOC_LINE_1), 1);
  pages->n_toc_pages = CLAMP ((n_entries + pages->toc_per_page - 1) / pages->toc_per_page, 1,
                              MAX_TOC_PAGES);

  for (guint p = 0; p < pages->pages->len; p++)
    {
      GArray *page = g_ptr_array_index (pages->pages, p);

      for (guint i = 0; i < page->len; i++)
        {
          const WepPlaced *placed = &g_array_index (page, WepPlaced, i);
          const WepReportBlock *block = placed->measured->block;
          WepTocEntry entry;

          if (block->kind != WEP_BLOCK_HEADING)
            continue;
          entry.number = g_strdup (block->number);
          pango_parse_markup (block->markup, -1, 0, NULL, &entry.title, NULL, NULL);
          entry.level = block->level;
          entry.page = wep_report_pages_first_content (pages) + p;
          g_array_append_val (pages->toc, entry);
        }
    }
}

WepReportPages *
_wep_report_pages_new (WepReport *report,
                       double     width,
                       double     height)
{
  WepReportPages *pages = g_new0 (WepReportPages, 1);
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options = cairo_font_options_create ();
  Flow flow = { pages, NULL, 0.0 };

  pages->frame.width = width;
  pages->frame.height = height;
  pages->frame.left = MARGIN_SIDE;
  pages->frame.right = width - MARGIN_SIDE;
  pages->frame.top = MARGIN_TOP;
  pages->frame.bottom = height - MARGIN_BOTTOM;

  /* Device-independent text: no hinting, unrounded positions. */
  pages->context = pango_font_map_create_context (font_map);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (pages->context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (pages->context, 72.0);
  pango_context_set_round_glyph_positions (pages->context, FALSE);

  pages->measured = g_ptr_array_new_with_free_func (measured_free);
  for (guint i = 0; i < report->blocks->len; i++)
    g_ptr_array_add (pages->measured,
                     measure (g_ptr_array_index (report->blocks, i), pages->context,
                              &pages->frame));

  pages->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  new_page (&flow);
  for (guint i = 0; i < pages->measured->len; i++)
    {
      WepMeasured *m = g_ptr_array_index (pages->measured, i);

      switch (m->block->kind)
        {
        case WEP_BLOCK_HEADING:
          flow_heading (&flow, i);
          break;
        case WEP_BLOCK_PARAGRAPH:
          flow_paragraph (&flow, i);
          break;
        case WEP_BLOCK_TABLE:
          flow_table (&flow, m);
          break;
        case WEP_BLOCK_FIGURE:
          flow_figure (&flow, m);
          break;
        case WEP_BLOCK_PAGE_BREAK:
          if (!page_is_empty (&flow))
            new_page (&flow);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  /* A page break at the very end leaves nothing behind. */
  if (page_is_empty (&flow) && pages->pages->len > 1)
    g_ptr_array_remove_index (pages->pages, pages->pages->len - 1);

  make_toc (pages);
  return pages;
}

void
_wep_report_pages_free (WepReportPages *pages)
{
  if (pages == NULL)
    return;
  g_clear_pointer (&pages->toc, g_array_unref);
  g_clear_pointer (&pages->pages, g_ptr_array_unref);
  g_clear_pointer (&pages->measured, g_ptr_array_unref);
  g_clear_object (&pages->context);
  g_free (pages);
}

guint
_wep_report_pages_count (WepReportPages *pages)
{
  return wep_report_pages_first_content (pages) + pages->pages->len;
}
