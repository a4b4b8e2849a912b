/* copy-data.h: fill a new file from a source, as cheaply as possible.
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

#ifndef AINSTALL_COPY_DATA_H
#define AINSTALL_COPY_DATA_H

#include <stdbool.h>
#include <sys/stat.h>

#include "digest.h"

/* What was tried and what worked, for --debug, in the terms of GNU's
   "copy offload: ..., reflink: ..., sparse detection: ..." line.  */
enum copy_attempt
{
  ATTEMPT_UNKNOWN,       /* Not tried.  */
  ATTEMPT_YES,           /* Tried, and it did the work.  */
  ATTEMPT_UNSUPPORTED,   /* Tried, and refused for these files.  */
  ATTEMPT_AVOIDED        /* Not tried, on purpose.  */
};

enum sparse_detection
{
  SPARSE_UNKNOWN,
  SPARSE_NO,             /* The source did not look sparse.  */
  SPARSE_ZEROS,          /* Holes made where blocks read as zeros.  */
  SPARSE_SEEK_HOLE,      /* Holes found with SEEK_DATA and SEEK_HOLE.  */
  SPARSE_SEEK_HOLE_ZEROS /* Both: an extent was copied by hand.  */
};

/* Which side failed, for the diagnostic.  */
enum copy_failure
{
  COPY_FAILED_READING,   /* "error reading SOURCE" */
  COPY_FAILED_WRITING,   /* "error writing DEST" */
  COPY_FAILED_COPYING,   /* The kernel copied, so either: "error copying" */
  COPY_FAILED_CLONING    /* Sharing extents failed for want of resources.  */
};

struct copy_result
{
  enum copy_attempt reflink;     /* FICLONE: the extents are shared.  */
  enum copy_attempt offload;     /* copy_file_range: the kernel copied.  */
  enum sparse_detection sparse;
  enum copy_failure failed;      /* Set on failure only.  */
};

/* Copy all the data of SRC_FD, whose status is SRC_ST, into DST_FD, an
   empty regular file open for writing on the device DST_DEV (or 0 if not
   known).  Keep the holes of a sparse source.  If DIGEST is not NULL,
   add the data to it as it is read: the kernel then does not copy it
   (a reflink still shares it, and the source is read once, for the
   digest alone).  Return 0 and describe what was done in *RESULT, or
   return -1 with errno set and RESULT->failed telling which side
   failed.  */
int copy_data (int src_fd, struct stat const *src_st, int dst_fd,
               dev_t dst_dev, struct digest *digest,
               struct copy_result *result);

/* The words GNU's --debug line uses for ATTEMPT and SPARSE.  */
char const *copy_attempt_name (enum copy_attempt attempt);
char const *sparse_detection_name (enum sparse_detection sparse);

#endif /* AINSTALL_COPY_DATA_H */
