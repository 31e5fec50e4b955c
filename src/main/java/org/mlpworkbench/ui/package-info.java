/**
 * The JavaFX desktop application: views bind to view-model properties; view-models call the core
 * through one background task per job. The only package (with the launcher) that may use JavaFX.
 */
package org.mlpworkbench.ui;
