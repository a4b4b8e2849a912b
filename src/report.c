/* report.c: what -v and --debug print.
   Copyright (C) 2026 The ainstall authors.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

#include <config.h>

#include "report.h"

#include "system.h"
#include "filenamecat.h"
#include "progname.h"

void
report_created_directory (char const *dir)
{
  printf ("%s: ", program_name);
  printf (_("creating directory %s"), quoteaf (dir));
  putchar ('\n');
}

void
report_replacing (char const *dest)
{
  printf (_("removed %s\n"), quoteaf (dest));
}

void
report_installing (char const *source, char const *dest, char const *backup)
{
  printf ("%s -> %s", quoteaf_n (0, source), quoteaf_n (1, dest));
  if (backup)
    printf (_(" (backup: %s)"), quoteaf (backup));
  putchar ('\n');
}

void
report_copy_debug (struct copy_result const *result)
{
  /* Not translated, as in GNU: tools may parse it.  */
  printf ("copy offload: %s, reflink: %s, sparse detection: %s\n",
          copy_attempt_name (result->offload),
          copy_attempt_name (result->reflink),
          sparse_detection_name (result->sparse));
}

void
report_staging_debug (char const *dest, char const *how,
                      char const *dir_name, char const *temp_name)
{
  char *temp = (dir_name ? file_name_concat (dir_name, temp_name, NULL)
                : xstrdup (temp_name));
  printf (_("%s: %s via temporary %s, renamed into place\n"),
          quotef_n (0, dest), how, quoteaf_n (1, temp));
  free (temp);
}

void
report_unnamed_debug (char const *dest, char const *how,
                      char const *dir_name, char const *via)
{
  if (! via)
    {
      printf (_("%s: %s via an unnamed temporary file, linked into place\n"),
              quotef (dest), how);
      return;
    }
  char *temp = file_name_concat (dir_name, via, NULL);
  printf (_("%s: %s via an unnamed temporary file, linked as %s and "
            "renamed into place\n"), quotef_n (0, dest), how,
          quoteaf_n (1, temp));
  free (temp);
}

void
report_placed_debug (char const *dest, char const *how)
{
  printf (_("%s: %s into place\n"), quotef (dest), how);
}

void
report_note (char const *dest, char const *note)
{
  printf ("%s: %s\n", quotef (dest), note);
}

void
report_protected (char const *dest)
{
  printf (_("protected: %s\n"), quoteaf (dest));
}

void
report_merged (char const *source, char const *dest, bool replacing,
               char const *backup)
{
  if (replacing && ! backup)
    report_replacing (dest);
  report_installing (source, dest, backup);
}
