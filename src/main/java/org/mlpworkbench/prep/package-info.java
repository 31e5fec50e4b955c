/**
 * Preprocessing: a declarative recipe (target, task, column steps) that is fitted on training rows
 * and then applied identically to any table. Depends on {@code data}.
 */
package org.mlpworkbench.prep;
