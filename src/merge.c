/* merge.c: --merge-mode, how the new content reaches the staged file.
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

#include "merge.h"

#include "system.h"
#include "staged-file.h"
#include "xvasprintf.h"

char const *const merge_mode_args[] = { "copy", "link", "rename", NULL };
enum merge_mode const merge_mode_types[] = { MERGE_COPY, MERGE_LINK,
                                             MERGE_RENAME };

char const *
merge_mode_name (enum merge_mode mode)
{
  return merge_mode_args[mode];
}

void
merge_plan (struct merge_outcome *outcome, enum merge_mode mode,
            mode_t source_type, bool strip, bool source_is_symlink)
{
  *outcome = (struct merge_outcome) { .asked = mode, .used = mode };
  if (mode == MERGE_COPY)
    return;
  if (! S_ISREG (source_type))
    {
      /* Only a regular file can become the destination itself; never
         move or remove a device node or a FIFO such as /dev/null.  */
      outcome->fallback = FALLBACK_NOT_REGULAR;
      outcome->used = MERGE_COPY;
      return;
    }
  if (strip)
    outcome->fallback = FALLBACK_STRIP;
  else if (mode == MERGE_RENAME && source_is_symlink)
    outcome->fallback = FALLBACK_SYMLINK;
  else
    return;
  outcome->used = MERGE_COPY;
  outcome->consume_source = mode == MERGE_RENAME;
}

bool
merge_refused (enum merge_mode mode, int err)
{
  switch (mode)
    {
    case MERGE_LINK:
      /* Another file system; protected hard links (fs.protected_hardlinks
         refuses links to others' files); too many links; a file system
         without hard links.  */
      return (err == EXDEV || err == EPERM || err == EMLINK
              || err == ENOTSUP || err == EOPNOTSUPP || err == ENOSYS);
    case MERGE_RENAME:
      /* Only another file system: any other failure to move the source
         would also stop its removal after a copy.  */
      return err == EXDEV;
    case MERGE_COPY:
      break;
    }
  return false;
}

void
merge_fall_back (struct merge_outcome *outcome, int err)
{
  outcome->fallback = FALLBACK_REFUSED;
  outcome->fallback_errno = err;
  outcome->used = MERGE_COPY;
  outcome->consume_source = outcome->asked == MERGE_RENAME;
}

int
merge_stage_inode (struct merge_outcome *outcome, struct staged_file *staged,
                   int dir_fd, char const *dest_base, char const *source)
{
  int r = (outcome->used == MERGE_LINK
           ? staged_file_link (staged, dir_fd, dest_base, AT_FDCWD, source,
                               AT_SYMLINK_FOLLOW)
           : staged_file_adopt (staged, dir_fd, dest_base, AT_FDCWD, source));
  if (r == 0)
    return 0;
  if (! merge_refused (outcome->used, errno))
    return -1;
  merge_fall_back (outcome, errno);
  return 1;
}

static char const *
used_phrase (enum merge_mode used)
{
  switch (used)
    {
    case MERGE_COPY:
      return _("copied");
    case MERGE_LINK:
      return _("hard-linked");
    case MERGE_RENAME:
      return _("moved");
    }
  abort ();
}

char const *
merge_describe (struct merge_outcome const *outcome)
{
  return used_phrase (outcome->used);
}

char *
merge_fallback_note (struct merge_outcome const *outcome)
{
  char const *why = NULL;
  switch (outcome->fallback)
    {
    case FALLBACK_NONE:
      return NULL;
    case FALLBACK_STRIP:
      why = _("stripping must not change the source");
      break;
    case FALLBACK_SYMLINK:
      why = _("the source is a symbolic link");
      break;
    case FALLBACK_NOT_REGULAR:
      why = _("the source is not a regular file");
      break;
    case FALLBACK_REFUSED:
      why = strerror (outcome->fallback_errno);
      break;
    }
  return xasprintf ((outcome->consume_source
                     ? _("merge mode %s not possible (%s): copying, then "
                         "removing the source")
                     : _("merge mode %s not possible (%s): copying")),
                    quote (merge_mode_name (outcome->asked)), why);
}
