/* wep-report-method.c: the report's method in brief, the provenance of
 * its data, the attributions and the privacy rule
 *
 * The method follows docs/model.md in a page: the four pathways, the
 * monthly flows, the goal seek, the fair share, the uncertainty runs and
 * what the model leaves out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wep-report-private.h"

static void
paragraph (WepReport    *report,
           WepTextStyle  style,
           const char   *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  _wep_report_add_paragraph (report, style, markup);
}

void
_wep_report_add_method (WepReport *report)
{
  _wep_report_add_heading (report, 1, _("Method in brief"));
  paragraph (report, WEP_TEXT_BODY,
             _("The planner follows people who become homeless month by month along one of four "
               "pathways: Housing First (a home with intensive support), independent living "
               "with ambulant support, clustered supported housing, and their own solution. On "
               "the first three a person prepares, becomes ready to move on, waits for a home or "
               "place and then lives there with support; some lose their home again and start "
               "over, for others support ends well."));
  paragraph (report, WEP_TEXT_BODY,
             _("Each month some of the newly homeless are kept out by prevention; people become "
               "ready to move on at the pace of their pathway; homes come free from the new "
               "dedicated units the municipalities plan and from the social rental lettings "
               "given with priority (the quota). Priority lettings not used in a month go to "
               "other house seekers; dedicated units wait for a tenant. The shelter takes the "
               "homeless up to its places; the rest have no place. The average wait follows "
               "from the queue and the moves (Little’s law)."));
  paragraph (report, WEP_TEXT_BODY,
             _("The goal is met on a pathway when at the end of the target year the queue is no "
               "longer than the longest acceptable wait’s worth of the people who became ready "
               "to move on that year. The goal seek finds the smallest number of extra "
               "dedicated units a year up to the target year that meets it; the fair share "
               "spreads those homes over the region’s municipalities by the chosen key, and a "
               "municipality’s gap is its plans minus its share."));
  paragraph (report, WEP_TEXT_BODY,
             _("The model is deterministic: the same inputs give the same results. Inputs with a "
               "range (low, most likely, high) are drawn at random in the uncertainty runs, "
               "each run with its own seeded generator, so the runs can be repeated exactly."));
  _wep_report_add_heading (report, 2, _("What the model leaves out"));
  paragraph (report, WEP_TEXT_BULLET,
             _("It counts persons, not households; everyone on a pathway is treated alike and "
               "nobody switches pathway."));
  paragraph (report, WEP_TEXT_BULLET,
             _("Each region is closed: nobody moves to another region’s shelter or homes, and "
               "lettings and units are pooled for the region; the fair share divides the need "
               "afterwards."));
  paragraph (report, WEP_TEXT_BULLET,
             _("Waits are averages, not the wait of any one person, and the goal is tested at "
               "the end of the target year only: check the years after it as well."));
  paragraph (report, WEP_TEXT_BULLET,
             _("Costs are neither indexed nor discounted; rent, benefits and prevention are not "
               "included."));
  paragraph (report, WEP_TEXT_BULLET,
             _("Uncertain inputs are drawn independently of each other and of other years, "
               "which tends to understate uncertainty that lasts."));
}

/* ---- provenance -------------------------------------------------------------------------- */

static const char *
kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "file") == 0)
    return _("file");
  if (g_strcmp0 (kind, "service") == 0)
    return _("web service");
  if (g_strcmp0 (kind, "merge") == 0)
    return _("merged plan");
  return _("by hand");
}

static void
add_provenance_table (WepReport   *report,
                      WepDocument *doc)
{
  sqlite3 *db = _wep_document_get_db (doc);
  g_autoptr (sqlite3_stmt) stmt = NULL;
  WepReportBlock *table;

  stmt = _wep_sqlite_prepare (db,
    "SELECT p.kind, p.source, p.organisation, substr (p.date, 1, 10), "
    "  (SELECT count(*) FROM municipalities WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM municipality_lettings WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM boundaries WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM regions WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM region_members WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM plans WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM region_figures WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM allocations WHERE provenance_id = p.id)"
    "  + (SELECT count(*) FROM scenarios WHERE provenance_id = p.id) "
    "FROM provenance p ORDER BY p.id", NULL);

  table = _wep_report_add_table (report, _("Where the plan’s data come from"));
  _wep_report_table_column (table, _("How"), 1.2, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Source"), 3.6, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Organisation"), 2.0, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Date"), 1.2, PANGO_ALIGN_LEFT);
  _wep_report_table_column (table, _("Rows"), 0.8, PANGO_ALIGN_RIGHT);
  while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *rows = _wep_report_number (sqlite3_column_int64 (stmt, 4), 0);
      const char *cells[] = { kind_label ((const char *) sqlite3_column_text (stmt, 0)),
                              (const char *) sqlite3_column_text (stmt, 1),
                              (const char *) sqlite3_column_text (stmt, 2),
                              (const char *) sqlite3_column_text (stmt, 3), rows };

      _wep_report_table_row (table, WEP_ROW_PLAIN, cells);
    }
  _wep_report_table_note (table, _("Every row of the plan file records where it came from: the "
                                   "file or web service it was imported from, or the person who "
                                   "entered it. Rows: how many rows of the plan have that "
                                   "source."));
}

static void
add_attributions (WepReport *report)
{
  g_autofree char *program = NULL;

  _wep_report_add_heading (report, 2, _("Attributions"));
  if (report->map_scene != NULL && report->map_data->attribution[0] != '\0')
    {
      g_autofree char *lower = g_utf8_strdown (report->map_data->attribution, -1);
      g_autofree char *text = NULL;

      /* Boundaries from PDOK are CBS's, under CC BY 4.0; of a file the
       * user imported the report cannot know the licence. */
      if (strstr (lower, "pdok") != NULL || strstr (lower, "cbs") != NULL)
        text = g_strdup_printf (_("The map’s municipal boundaries (%s): CBS, the area divisions "
                                  "(gebiedsindelingen), published by PDOK. Licence: CC BY 4.0."),
                                report->map_data->attribution);
      else
        text = g_strdup_printf (_("The map’s municipal boundaries: %s, as imported into the plan. "
                                  "Name their maker and licence where the report is published."),
                                report->map_data->attribution);
      paragraph (report, WEP_TEXT_BULLET, text);
    }
  paragraph (report, WEP_TEXT_BULLET,
             _("Municipality codes and names: CBS, the area divisions (gebiedsindelingen). "
               "Licence: CC BY 4.0."));
  if (report->map_scene != NULL)
    paragraph (report, WEP_TEXT_BULLET,
               _("The map of this report is drawn on a plain background of its own, without map "
                 "tiles: it uses no OpenStreetMap data, so no OpenStreetMap attribution "
                 "applies. (On screen the planner can show OpenStreetMap tiles, with their "
                 "attribution.)"));
  paragraph (report, WEP_TEXT_BULLET,
             _("Published figures behind the planner’s defaults: CBS Monitor Dakloosheid "
               "(2023); Leger des Heils (2023); Trimbos-instituut, Housing First in the "
               "Netherlands; Stichting Zwerfjongeren Nederland, “Van kosten naar investering” "
               "(2018); BD, on the lettings of Heusden."));
  program = g_strdup_printf (_("Calculated with Wonen Eerst Planner %s, free software under the "
                               "GNU General Public License, version 3 or later."),
                             PACKAGE_VERSION);
  paragraph (report, WEP_TEXT_BULLET, program);
}

static void
add_privacy (WepReport *report)
{
  g_autofree char *text = NULL;
  g_autofree char *hidden = wep_privacy_hidden_text (report->threshold);

  _wep_report_add_heading (report, 2, _("Privacy"));
  if (report->threshold <= 1)
    {
      paragraph (report, WEP_TEXT_BODY,
                 _("This report shows every count of persons, small ones too. It is meant for "
                   "use within the organisation: in a small municipality a small count can "
                   "point at the people themselves."));
      return;
    }
  text = g_strdup_printf (_("In a small municipality a small count of people can point at the "
                            "people themselves. This report therefore shows every count of "
                            "persons from 1 to %d as “%s”. Totals are calculated from the full "
                            "figures; where a total and the other figures of a row or column "
                            "would give a hidden count away by subtraction, a second count is "
                            "hidden as well and shown as “×”, as is a wait that would give a "
                            "hidden count away. Homes and places are no counts of persons and "
                            "are shown in full."),
                          report->threshold - 1, hidden);
  paragraph (report, WEP_TEXT_BODY, text);
}

void
_wep_report_add_provenance (WepReport   *report,
                            WepDocument *doc)
{
  g_autofree char *text = NULL;

  _wep_report_add_heading (report, 1, _("Data and sources"));
  if (report->plan_file != NULL)
    text = g_strdup_printf (_("This report was made from the plan file “%s”, scenario “%s”. The "
                              "same file and scenario give the same figures in the planner, on "
                              "the command line (wep run) and in a new report."),
                            report->plan_file, report->scenario);
  else
    text = g_strdup_printf (_("This report was made from a plan not yet saved, scenario “%s”."),
                            report->scenario);
  paragraph (report, WEP_TEXT_BODY, text);
  add_provenance_table (report, doc);
  add_attributions (report);
  add_privacy (report);
}
