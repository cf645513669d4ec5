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

  pages->measured = g_ptr_array_new_with_free_func (_wep_report_measured_free);
  for (guint i = 0; i < report->blocks->len; i++)
    g_ptr_array_add (pages->measured,
                     _wep_report_measure (g_ptr_array_index (report->blocks, i),
                                          pages->context, &pages->frame));

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
