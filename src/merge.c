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
#include "same-inode.h"
#include "xvasprintf.h"

char const *const merge_mode_args[] = { "copy", "link", "rename", NULL };
enum merge_mode const merge_mode_types[] = { MERGE_COPY, MERGE_LINK,
                                             MERGE_RENAME };

char const *
merge_mode_name (enum merge_mode mode)
{
  return merge_mode_args[mode];
}

enum merge_fallback
merge_adoption_check (enum merge_mode mode, struct stat const *src_st,
                      struct adoption_facts const *f)
{
  if (! f->name_st)
    return FALLBACK_CHANGED;
  if (S_ISLNK (f->name_st->st_mode))
    return FALLBACK_SYMLINK;
  if (! SAME_INODE (*src_st, *f->name_st))
    return FALLBACK_CHANGED;
  if (! f->path_trusted)
    return FALLBACK_UNTRUSTED_PATH;
  if (src_st->st_uid != caller_uid ())
    return FALLBACK_NOT_OWNED;
  if (src_st->st_nlink != f->expected_links)
    return FALLBACK_LINKED;
  if (src_st->st_mode & (S_IWGRP | S_IWOTH))
    return FALLBACK_WRITABLE;
  if (mode == MERGE_LINK && ! f->dir_private)
    return FALLBACK_SHARED_DIR;
  if (! f->dest_dir_private)
    return FALLBACK_SHARED_DEST_DIR;
  return FALLBACK_NONE;
}

void
merge_plan (struct merge_outcome *outcome, enum merge_mode mode,
            struct stat const *src_st, struct adoption_facts const *facts,
            bool strip)
{
  *outcome = (struct merge_outcome) { .asked = mode, .used = mode };
  if (mode == MERGE_COPY)
    return;
  enum merge_fallback why;
  if (! S_ISREG (src_st->st_mode))
    {
      /* Only a regular file can become the destination itself; never
         move or remove a device node or a FIFO such as /dev/null.  */
      outcome->fallback = FALLBACK_NOT_REGULAR;
      outcome->used = MERGE_COPY;
      return;
    }
  if (facts->name_st && S_ISLNK (facts->name_st->st_mode))
    why = FALLBACK_SYMLINK;
  else if (strip)
    why = FALLBACK_STRIP;
  else
    why = merge_adoption_check (mode, src_st, facts);
  if (why != FALLBACK_NONE)
    merge_fall_back (outcome, why, 0);
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
merge_fall_back (struct merge_outcome *outcome, enum merge_fallback fallback,
                 int err)
{
  outcome->fallback = fallback;
  outcome->fallback_errno = err;
  outcome->used = MERGE_COPY;
  outcome->consume_source = outcome->asked == MERGE_RENAME;
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
    case FALLBACK_NOT_OWNED:
      why = _("the source belongs to another user");
      break;
    case FALLBACK_LINKED:
      why = _("the source has other hard links");
      break;
    case FALLBACK_WRITABLE:
      why = _("others may write to the source");
      break;
    case FALLBACK_CHANGED:
      why = _("the source changed while being checked");
      break;
    case FALLBACK_UNTRUSTED_PATH:
      why = _("a symbolic link on the source's path may be another user's");
      break;
    case FALLBACK_SHARED_DIR:
      why = _("others may write to the source's directory");
      break;
    case FALLBACK_SHARED_DEST_DIR:
      why = _("others may rename files in the destination's directory");
      break;
    case FALLBACK_OPEN_FOR_WRITING:
      why = _("the source is open for writing");
      break;
    case FALLBACK_REFUSED:
      why = strerror (outcome->fallback_errno);
      break;
    }
  if (outcome->consume_source && outcome->fallback == FALLBACK_UNTRUSTED_PATH)
    return xasprintf (_("merge mode %s not possible (%s): copying, and not "
                        "removing the source"),
                      quote (merge_mode_name (outcome->asked)), why);
  return xasprintf ((outcome->consume_source
                     ? _("merge mode %s not possible (%s): copying, then "
                         "removing the source")
                     : _("merge mode %s not possible (%s): copying")),
                    quote (merge_mode_name (outcome->asked)), why);
}
