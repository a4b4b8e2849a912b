/* file-caps.h: file capabilities (security.capability).
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

#ifndef AINSTALL_FILE_CAPS_H
#define AINSTALL_FILE_CAPS_H

#include <stdbool.h>
#include <stddef.h>

/* The one place that knows libcap.  A file's capabilities live in its
   security.capability extended attribute, which the kernel clears when
   the file's owner changes or the file is written: so they are set after
   the chown and after the last write.  Without libcap, capabilities can
   still be copied from a source (as the raw attribute); only the text
   form (--caps, manifests) needs libcap, which is loaded then.

   These functions never print; they return 0, or -1 with errno set.  */

/* A set of file capabilities; NULL stands for none.  */
struct file_caps;

/* Set *CAPS to the capabilities written TEXT in libcap's text form
   ("cap_net_raw+ep"), or to NULL for "" or "=".  "0x" and hexadecimal
   digits give the raw attribute itself, as caps_to_text may write it;
   that form needs no libcap.  */
int caps_from_text (char const *text, struct file_caps **caps);

/* Set *CAPS to the capabilities of the open file FD, NULL if none.  */
int caps_get_fd (int fd, struct file_caps **caps);

/* Give the open file FD the capabilities CAPS, or none if CAPS is
   NULL.  */
int caps_set_fd (int fd, struct file_caps const *caps);

/* Return true if A and B are the same capabilities.  */
bool caps_equal (struct file_caps const *a, struct file_caps const *b);

/* Set *SIZE to the size of the raw attribute of CAPS and return it, or
   return NULL with *SIZE 0 if CAPS is NULL.  */
void const *caps_raw (struct file_caps const *caps, size_t *size);

/* Return the capabilities whose raw attribute is the SIZE bytes of
   VALUE.  */
struct file_caps *caps_from_raw (void const *value, size_t size);

/* Return a copy of CAPS, which is not NULL.  */
struct file_caps *caps_copy (struct file_caps const *caps);

/* Return CAPS as malloc'd text that caps_from_text reads back: libcap's
   text form ("cap_net_raw=ep"), or "0x" and the raw attribute in
   hexadecimal without libcap or for a namespaced set; "" for NULL.  */
char *caps_to_text (struct file_caps const *caps);

void caps_free (struct file_caps *caps);

#endif /* AINSTALL_FILE_CAPS_H */
