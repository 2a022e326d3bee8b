// Wide-character ncurses for Swift: the defines must come before the include,
// or get_wch / mvaddwstr / setcchar are not visible. Macros and globals that
// Swift cannot import (or that are not concurrency-safe) are wrapped here.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <unistd.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int cn_set_attr(attr_t a, short pair) { return attr_set(a, pair, NULL); }
static inline int cn_move_addwstr(int y, int x, const wchar_t *s) { return mvaddwstr(y, x, s); }
static inline int cn_get_wch(wint_t *ch) { return get_wch(ch); }
static inline void cn_timeout(int ms) { timeout(ms); }
static inline int cn_keypad(bool on) { return keypad(stdscr, on); }
/* Bracketed paste: the terminal wraps pasted text in ESC[200~ … ESC[201~, which ncurses then
   reports as the two key codes below, so a paste arrives as one piece rather than as typing. */
enum { CN_KEY_PASTE_START = 0x2000, CN_KEY_PASTE_END = 0x2001 };
static inline void cn_bracketed_paste(int on) {
    if (on) {
        define_key("\033[200~", CN_KEY_PASTE_START);
        define_key("\033[201~", CN_KEY_PASTE_END);
    }
    fputs(on ? "\033[?2004h" : "\033[?2004l", stdout);
    fflush(stdout);
}
/* The terminal's size as the tty reports it now (0 when it cannot say): ncurses only learns of a
   resize when it reads KEY_RESIZE, so a frame drawn before that would be for the old size. */
static inline int cn_tty_size(int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return 0;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 1;
}
/* True when the terminal description `term` exists and can address the cursor (TERM=dumb cannot). */
static inline int cn_term_can_draw(const char *term) {
    int err = 0;
    if (setupterm((char *)term, 1, &err) != OK) return 0;
    char *cup = tigetstr("cup");
    int ok = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return ok;
}

#endif
