#!/usr/bin/env python3
# only comments and blank lines

    # an indented comment
	# a tab-indented comment

#
