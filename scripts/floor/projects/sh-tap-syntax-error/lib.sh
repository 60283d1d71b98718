# Library under test.
add() { echo $(( $1 + $2 )); }
# The bug: a stray 'then' left by an edit.
max() { if [ "$1" -gt "$2" ] then echo "$1"; else echo "$2"; fi; }
