/* manifest.h: --manifest, the record of what was installed.
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

#ifndef AINSTALL_MANIFEST_H
#define AINSTALL_MANIFEST_H

#include <stdbool.h>
#include <sys/stat.h>

#include "digest.h"
#include "file-caps.h"

/* --manifest=FILE appends one mtree line (mtree.h) for every entry that
   ainstall created or replaced, as FreeBSD's install -M writes its
   METALOG: the path, relative to --manifest-root, then type, owner,
   group, mode, size, link target, device, time and, with --digest, the
   content's digest.  What mtree has no keyword for goes in its "tags"
   keyword, which readers that do not know a tag ignore:
     ainstall.caps=TEXT        file capabilities (caps_to_text)
     ainstall.context=CONTEXT  the SELinux context
     ainstall.xattr.NAME=0xHEX another extended attribute's value
   each tag escaped as an mtree value, and its commas too.

   Lines are kept in memory and appended in blocks of whole lines under
   an exclusive lock (flock) on the file, which is open with O_APPEND:
   many ainstall processes of a parallel "make install" may share one
   manifest.  The first block written to an empty file starts with the
   line "#mtree".  */

/* One entry, as recorded.  */
struct manifest_entry
{
  char const *name;          /* The destination, as named.  */
  struct stat st;            /* Type, owner, group, mode, size, device
                                and modification time to record.  */
  char const *link_target;   /* A symbolic link's target, or NULL.  */
  char const *digest;        /* The content's digest in hexadecimal
                                (manifest_digest's kind), or NULL.  */
  char *caps;                /* caps_to_text, or NULL for none.  */
  char *context;             /* The SELinux context, or NULL.  */
  char *xattr_tags;          /* "ainstall.xattr..." tags, comma-separated
                                and escaped, or NULL.  */
  bool no_time;              /* Record no time: a directory that later
                                installs into it change.  */
};

/* Open FILE for appending, creating it if need be, as the manifest of
   this run, recording paths relative to ROOT (or as named if NULL),
   with digests of kind DIGEST; if SYNC, sync it when it is closed.  Exit with a diagnostic if FILE cannot
   be opened: nothing is installed that would go unrecorded.  */
void manifest_open (char const *file, char const *root,
                    enum digest_kind digest, bool sync);

/* Whether this run keeps a manifest, and which digest it records.  */
bool manifest_active (void);
enum digest_kind manifest_digest (void);

/* Fill E's caps, context and (if XATTRS) xattr_tags from the entry that
   NAME (a /proc/self/fd name, or a path) reaches, without following it
   if NOFOLLOW.  */
void manifest_read_attributes (struct manifest_entry *e, char const *name,
                               bool nofollow, bool xattrs);

/* Record E, and free what manifest_read_attributes allocated in it.  */
void manifest_record (struct manifest_entry *e);

/* Write what is left, and close the manifest.  Return false after a
   diagnostic if it could not all be written.  */
bool manifest_close (void);

#endif /* AINSTALL_MANIFEST_H */
