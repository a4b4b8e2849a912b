/* security-label.h: SELinux contexts of installed files and directories.
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

#ifndef AINSTALL_SECURITY_LABEL_H
#define AINSTALL_SECURITY_LABEL_H

#include <stdbool.h>
#include <sys/types.h>

#include "options.h"

/* The one place that knows libselinux.  Without SELinux support compiled
   in, or on a kernel without SELinux, every function here is a cheap
   no-op, and ainstall behaves as GNU install does there.  libselinux is
   loaded only when a run needs it: with SELinux enabled (which is told
   without it where that is sure), or for --file-contexts.

   A new file gets its label when it is created (the process's file
   creation context is set just before and cleared just after), so no
   file ever exists under a wrong label; an inode that already exists
   (link and rename merge modes), or a file labelled for another system
   (--file-contexts, or SELinux disabled here), is labelled before it is
   renamed into place.  Labels are always looked up for the destination's
   name (seen from --label-root), never for a temporary name.

   These functions never print; they return 0, or -1 with errno set.  */

/* Return true if the running kernel enforces or permits SELinux.  */
bool label_system_enabled (void);

/* Return 0 if CTX can be used as a file creation context.  */
int label_check_context (char const *ctx);

/* Open FILE, a file_contexts file (--file-contexts), for the lookups to
   come, or the running policy's if FILE is NULL.  */
int label_open_file_contexts (char const *file);

/* Return true if files get the labels OPTS ask for when they are created
   (the running SELinux policy's); false if labels are written on the
   staged file afterwards (SELinux disabled, or contexts from a
   file_contexts file, as for an image built for another system).  */
bool label_at_creation (struct install_options const *opts);

/* Set *LABEL to the context of the open file FD, or NULL if none.  */
int label_of_file (int fd, char **label);

/* Set *LABEL to the context that OPTS ask for a new file or directory of
   type MODE at DEST_NAME (as the user named it), or to NULL when OPTS ask
   for none.  SRC_FD is the source, for --preserve-context, or -1.
   Free the result with label_free.  */
int label_for (struct install_options const *opts, char const *dest_name,
               mode_t mode, int src_fd, char **label);

/* Likewise for an entry that is not opened (a symbolic link, a device
   node), whose source is SRC_NAME, not followed.  */
int label_for_name (struct install_options const *opts,
                    char const *dest_name, mode_t mode,
                    char const *src_name, char **label);

/* Give the file NAME, not followed if it is a symbolic link, the context
   LABEL (if not NULL).  */
int label_set_name (char const *name, char const *label);

/* Make LABEL (if not NULL) the context of the files and directories this
   process creates, until label_create_end.  */
int label_create_begin (char const *label);
void label_create_end (char const *label);

/* Give the open file FD the context LABEL (if not NULL): through
   libselinux with SELinux enabled, else as the raw attribute.  */
int label_set_fd (int fd, char const *label);

void label_free (char *label);

/* Return true if ERR only means that labels are not supported here.  */
bool label_error_ignorable (int err);

#endif /* AINSTALL_SECURITY_LABEL_H */
